using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Transport.PlainHttpUrlAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

public sealed class PlainHttpUrlAnalyzerTests
{
    [Theory]
    // the sinks
    [InlineData("Uri u = new Uri([|\"http://api.contoso-hr.example/v2/\"|]);")]
    [InlineData("Uri u = new UriBuilder([|\"http://reports.contoso.example\"|]) { Path = \"export\" }.Uri;")]
    [InlineData("Uri u = new UriBuilder([|\"http\"|], \"api.contoso.example\").Uri;")]
    [InlineData("Uri u = new UriBuilder { Scheme = [|\"http\"|], Host = \"api.contoso.example\" }.Uri;")]
    [InlineData("Uri u = new UriBuilder([|Uri.UriSchemeHttp|], \"api.contoso.example\", 80).Uri;")]
    [InlineData("HttpClient c = new HttpClient { BaseAddress = new Uri([|\"http://api.contoso.example/\"|]) };")]
    [InlineData("Task<string> M(HttpClient c) => c.GetStringAsync([|\"http://api.contoso.example/users\"|]);")]
    [InlineData("Task<HttpResponseMessage> M(HttpClient c) => c.GetAsync([|\"http://api.contoso.example/users\"|]);")]
    [InlineData("Task<HttpResponseMessage> M(HttpClient c) => c.PostAsync([|\"http://api.contoso.example/users\"|], null);")]
    [InlineData("HttpRequestMessage r = new HttpRequestMessage(HttpMethod.Get, [|\"http://api.contoso.example/users\"|]);")]
    [InlineData("Task M(ClientWebSocket s) => s.ConnectAsync(new Uri([|\"ws://stream.contoso.example/feed\"|]), CancellationToken.None);")]
    [InlineData("#pragma warning disable SYSLIB0014\nWebRequest r = WebRequest.Create([|\"ftp://files.contoso.example/daily.csv\"|]);")]
    // where the value is written: constants, fields, properties, parameters, named arguments, attributes
    [InlineData("const string Feed = [|\"http://feeds.contoso.example/inventory.xml\"|];")]
    [InlineData("static readonly Uri Payroll = new([|\"http://payroll.contoso.example/api/\"|]);")]
    [InlineData("public string InstanceUrl { get; set; } = [|\"http://contoso.my.crm.example\"|];")]
    [InlineData("void M(string endpoint = [|\"http://api.contoso.example\"|]) { }")]
    [InlineData("void Call(string baseUrl) { } void M() => Call(baseUrl: [|\"http://api.contoso.example\"|]);")]
    [InlineData("[DefaultValue([|\"http://crm.contoso.example/soap\"|])] public string SoapEndpoint { get; set; } = \"\";")]
    [InlineData("Dictionary<string, string> d = new() { [\"url\"] = [|\"http://hooks.contoso.example/stripe\"|] };")]
    [InlineData("object o = new { targetUrl = [|\"http://events.contoso.example/webhooks\"|] };")]
    // shapes of the URL
    [InlineData("const string Rates = [|\"HTTP://RATES.CONTOSO.EXAMPLE/QUOTE\"|];")]
    [InlineData("const string Billing = [|\"http://10.42.7.15:8080/billing/\"|];")]
    [InlineData("const string Dev = [|\"http://localhost.contoso-dev.example/api/\"|];")]
    [InlineData("const string WithUser = [|\"http://user@api.contoso.example/\"|];")]
    [InlineData("Uri M(string region) => new([|$\"http://{region}.api.contoso.example/v3/\"|]);")]
    [InlineData("Uri M(string path) => new([|\"http://api.contoso.example/\"|] + path);")]
    [InlineData("const string Verbatim = [|@\"http://api.contoso.example/\"|];")]
    [InlineData("const string Raw = [|\"\"\"http://api.contoso.example/\"\"\"|];")]
    [InlineData("static ReadOnlySpan<byte> Utf8 => [|\"http://api.contoso.example/\"u8|];")]
    public Task Reports_plain_text_urls_of_remote_hosts(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    [Fact]
    public Task Message_names_the_endpoint_without_its_path_or_credentials()
    {
        var source = Snippets.InClass("const string Gateway = {|#0:\"http://ops:not-a-real-password@gateway.contoso.example/api/\"|};");
        return Verify.VerifyAsync(source, Verify.Diagnostic("SC2001").WithLocation(0).WithArguments("http://gateway.contoso.example", "https"));
    }

    [Fact]
    public Task Reports_the_connector_base_url_attribute_argument()
    {
        var source = Snippets.InClass("""
            [AttributeUsage(AttributeTargets.Interface)]
            public sealed class ConnectorAttribute : Attribute { public string? BaseUrl { get; set; } }

            [Connector(BaseUrl = [|"http://api.acme-hris.example/v2/"|])]
            interface IAcmeHris { }
            """);
        return Verify.VerifyAsync(source);
    }

    [Theory]
    // loopback, metadata, bind addresses
    [InlineData("const string A = \"http://localhost:5080/\";")]
    [InlineData("const string A = \"http://LOCALHOST/\";")]
    [InlineData("const string A = \"http://api.localhost/\";")]
    [InlineData("const string A = \"http://127.0.0.1:7071/api/\";")]
    [InlineData("const string A = \"http://127.12.0.3/\";")]
    [InlineData("const string A = \"http://[::1]:8443/health\";")]
    [InlineData("const string A = \"http://169.254.169.254/metadata/identity/oauth2/token\";")]
    [InlineData("static readonly string[] Bind = [\"http://*:5000\", \"http://+:8080/\", \"http://0.0.0.0:80\"];")]
    // namespaces and identifiers
    [InlineData("const string Xsi = \"http://www.w3.org/2001/XMLSchema-instance\";")]
    [InlineData("const string Contracts = \"http://schemas.datacontract.org/2004/07/Contoso\";")]
    [InlineData("const string EmailClaim = \"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress\";")]
    [InlineData("const string Draft7 = \"http://json-schema.org/draft-07/schema#\";")]
    [InlineData("static readonly XNamespace Soap = \"http://soap.contoso.example/envelope\";")]
    [InlineData("static readonly XName Item = XName.Get(\"item\", \"http://items.contoso.example/2021\");")]
    [InlineData("const string OrdersNamespace = \"http://orders.contoso.example/2021/03\";")]
    [InlineData("const string RoleClaimType = \"http://identity.contoso.example/claims/role\";")]
    [InlineData("[XmlRoot(\"feed\", Namespace = \"http://feeds.contoso.example/atom\")] public class Feed { }")]
    [InlineData("[XmlType(Namespace = \"http://orders.contoso.example/2021/03\")] public class Order { }")]
    [InlineData("const string Settings = \"{ \\\"$schema\\\": \\\"http://json-schema.contoso.example/settings\\\" }\";")]
    [InlineData("const string Envelope = \"<s:Envelope xmlns:s=\\\"http://envelope.contoso.example/\\\"/>\";")]
    // text that mentions a URL
    [InlineData("// calls http://api.contoso.example/v1\nconst int A = 1;")]
    [InlineData("/// <summary>See http://docs.contoso.example/v1.</summary>\nconst int A = 1;")]
    [InlineData("[Description(\"Base address, for example http://api.contoso.example/\")] public Uri? BaseAddress { get; set; }")]
    [InlineData("void M() => throw new InvalidOperationException(\"http://api.contoso.example/\");")]
    [InlineData("void M() => Console.WriteLine(\"http://api.contoso.example/\");")]
    [InlineData("void M(Uri u) => throw new ArgumentException($\"Endpoint '{u}' must use https:// (http:// is loopback only).\");")]
    // listening, proxies, detection
    [InlineData("void M(HttpListener l) => l.Prefixes.Add(\"http://hooks.contoso.example:8080/\");")]
    [InlineData("WebProxy P = new WebProxy(\"http://proxy.corp.contoso.example:3128\", true);")]
    [InlineData("HttpClientHandler H = new() { Proxy = new WebProxy(\"http://proxy.corp.contoso.example:3128\") };")]
    [InlineData("bool M(string url) => url.StartsWith(\"http://\", StringComparison.OrdinalIgnoreCase);")]
    [InlineData("bool M(string url) => url == \"http://api.contoso.example/\";")]
    [InlineData("bool M(string url) => url is \"http://api.contoso.example/\";")]
    [InlineData("string M(string url) => \"https://\" + url[\"http://\".Length..];")]
    [InlineData("bool M(string url) => url.Contains(\"http://api.contoso.example\");")]
    // not plain text, or the host is not known
    [InlineData("const string A = \"https://api.contoso.example/\";")]
    [InlineData("const string A = \"wss://stream.contoso.example/\";")]
    [InlineData("Uri M(string host) => new($\"http://{host}/api\");")]
    [InlineData("Uri M(string host, int port) => new($\"http://{host}:{port}/\");")]
    [InlineData("Uri M(string service) => new($\"http://{service}.localhost/\");")]
    [InlineData("Uri M(string host) => new(\"http://\" + host);")]
    [InlineData("Uri M(string host) => new UriBuilder(\"http\", host).Uri;")]
    [InlineData("Uri U = new UriBuilder(\"http\", \"localhost\", 5000).Uri;")]
    public Task Leaves_non_endpoints_alone(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    [Fact]
    public Task Leaves_listener_bind_addresses_alone() =>
        Verify.VerifyAsync(Snippets.Usings + """
            static class WebHostExtensions { public static object UseUrls(this object host, params string[] urls) => host; }
            class C { object M(object host) => host.UseUrls("http://contoso-web01:5000"); }
            """);

    [Fact]
    public Task Leaves_hosts_allowed_in_editorconfig_alone()
    {
        var source = Snippets.InClass("""
            const string Exact = "http://build-cache.corp.example/";
            const string BySuffix = "http://nexus.intranet.contoso.example/repo";
            const string NotAllowed = [|"http://intranet.contoso.example.evil.example/"|];
            """);
        return Verify.VerifyAsync(source, AllowedHosts.OptionKey + " = build-cache.corp.example, .intranet.contoso.example");
    }

    [Fact]
    public async Task Leaves_hosts_allowed_by_the_msbuild_property_alone()
    {
        var test = new CSharpAnalyzerVerifier<PlainHttpUrlAnalyzer>.Test
        {
            TestCode = Snippets.InClass("""
                const string Allowed = "http://nexus.intranet.contoso.example/repo";
                const string NotAllowed = [|"http://api.contoso.example/"|];
                """),
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property." + AllowedHosts.MSBuildProperty + " = .intranet.contoso.example\n"));
        await test.RunAsync();
    }

    [Fact]
    public Task Skips_generated_code()
    {
        var source = "// <auto-generated/>\n" + Snippets.InClass("const string Feed = \"http://feeds.contoso.example/inventory.xml\";");
        return Verify.VerifyAsync(source);
    }

    [Theory]
    [InlineData("class C { Uri u = new Uri(\"http://api.contoso.example/\"")]
    [InlineData("class C { void M() { var s = $\"http://{")]
    [InlineData("class C { void M() { new UriBuilder(\"http\", ) } }")]
    [InlineData("class C { [Connector(BaseUrl = \"http://api.contoso.example\"")]
    [InlineData("class C { XNamespace n = \"http://x.example\" + ; }")]
    [InlineData("\"http://api.contoso.example/\"")]
    public async Task Never_throws_on_incomplete_code(string source)
    {
        await IncompleteCode.AnalyzeAsync(Snippets.Usings + source, new PlainHttpUrlAnalyzer());
    }
}
