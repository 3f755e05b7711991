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
    [InlineData("Uri u = new Uri([|\"http://api.contoso-hr.com/v2/\"|]);")]
    [InlineData("Uri u = new UriBuilder([|\"http://reports.contoso.com\"|]) { Path = \"export\" }.Uri;")]
    [InlineData("Uri u = new UriBuilder([|\"http\"|], \"api.contoso.com\").Uri;")]
    [InlineData("Uri u = new UriBuilder { Scheme = [|\"http\"|], Host = \"api.contoso.com\" }.Uri;")]
    [InlineData("Uri u = new UriBuilder([|Uri.UriSchemeHttp|], \"api.contoso.com\", 80).Uri;")]
    [InlineData("HttpClient c = new HttpClient { BaseAddress = new Uri([|\"http://api.contoso.com/\"|]) };")]
    [InlineData("Task<string> M(HttpClient c) => c.GetStringAsync([|\"http://api.contoso.com/users\"|]);")]
    [InlineData("Task<HttpResponseMessage> M(HttpClient c) => c.GetAsync([|\"http://api.contoso.com/users\"|]);")]
    [InlineData("Task<HttpResponseMessage> M(HttpClient c) => c.PostAsync([|\"http://api.contoso.com/users\"|], null);")]
    [InlineData("HttpRequestMessage r = new HttpRequestMessage(HttpMethod.Get, [|\"http://api.contoso.com/users\"|]);")]
    [InlineData("Task M(ClientWebSocket s) => s.ConnectAsync(new Uri([|\"ws://stream.contoso.com/feed\"|]), CancellationToken.None);")]
    [InlineData("#pragma warning disable SYSLIB0014\nWebRequest r = WebRequest.Create([|\"ftp://files.contoso.com/daily.csv\"|]);")]
    [InlineData("Uri Broker = new([|\"amqp://payroll:synthetic-pw@broker.contoso.com:5672/payroll\"|]);")]
    [InlineData("const string Telemetry = [|\"mqtt://telemetry.contoso.com:1883\"|];")]
    // where the value is written: constants, fields, properties, parameters, named arguments, attributes
    [InlineData("const string Feed = [|\"http://feeds.contoso.com/inventory.xml\"|];")]
    [InlineData("static readonly Uri Payroll = new([|\"http://payroll.contoso.com/api/\"|]);")]
    [InlineData("public string InstanceUrl { get; set; } = [|\"http://contoso.my.crm.com\"|];")]
    [InlineData("void M(string endpoint = [|\"http://api.contoso.com\"|]) { }")]
    [InlineData("void Call(string baseUrl) { } void M() => Call(baseUrl: [|\"http://api.contoso.com\"|]);")]
    [InlineData("[DefaultValue([|\"http://crm.contoso.com/soap\"|])] public string SoapEndpoint { get; set; } = \"\";")]
    [InlineData("Dictionary<string, string> d = new() { [\"url\"] = [|\"http://hooks.contoso.com/stripe\"|] };")]
    [InlineData("object o = new { targetUrl = [|\"http://events.contoso.com/webhooks\"|] };")]
    // shapes of the URL
    [InlineData("const string Rates = [|\"HTTP://RATES.CONTOSO.COM/QUOTE\"|];")]
    [InlineData("const string Billing = [|\"http://10.42.7.15:8080/billing/\"|];")]
    [InlineData("const string Dev = [|\"http://localhost.contoso-dev.com/api/\"|];")]
    [InlineData("const string WithUser = [|\"http://user@api.contoso.com/\"|];")]
    [InlineData("Uri M(string region) => new([|$\"http://{region}.api.contoso.com/v3/\"|]);")]
    [InlineData("Uri M(string path) => new([|\"http://api.contoso.com/\"|] + path);")]
    [InlineData("const string Verbatim = [|@\"http://api.contoso.com/\"|];")]
    [InlineData("const string Raw = [|\"\"\"http://api.contoso.com/\"\"\"|];")]
    [InlineData("static ReadOnlySpan<byte> Utf8 => [|\"http://api.contoso.com/\"u8|];")]
    [InlineData("const string HelpScoutApi = [|\"http://api.helpscout.net/v2/\"|];")]
    // a header whose name says nothing of naming: a callback the server will call
    [InlineData("void M(HttpRequestMessage r) => r.Headers.Add(\"X-Callback-Url\", [|\"http://hooks.contoso.com/done\"|]);")]
    public Task Reports_plain_text_urls_of_remote_hosts(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    [Fact]
    public Task Message_names_the_endpoint_without_its_path_or_credentials()
    {
        var source = Snippets.InClass("const string Gateway = {|#0:\"http://ops:not-a-real-password@gateway.contoso.com/api/\"|};");
        return Verify.VerifyAsync(source, Verify.Diagnostic("SC2001").WithLocation(0).WithArguments("http://gateway.contoso.com", "https"));
    }

    [Fact]
    public Task Leaves_the_data_of_parameterised_tests_alone() =>
        Verify.VerifyAsync("""
            using System;

            namespace Xunit
            {
                [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
                public sealed class InlineDataAttribute : Attribute { public InlineDataAttribute(params object[] data) { } }
            }

            namespace NUnit.Framework
            {
                [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
                public sealed class TestCaseAttribute : Attribute { public TestCaseAttribute(params object[] arguments) { } }
            }

            namespace TUnit.Core
            {
                [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
                public sealed class ArgumentsAttribute : Attribute { public ArgumentsAttribute(params object[] values) { } }
            }

            namespace Contoso.Tests
            {
                [AttributeUsage(AttributeTargets.Method)]
                public sealed class PartnerEndpointAttribute : Attribute { public PartnerEndpointAttribute(string url) { } }

                public sealed class ClientTests
                {
                    [Xunit.InlineData("http://github.com", "https://api.github.com/")]
                    [NUnit.Framework.TestCase("http://api.partner-payments.com/v1/")]
                    [TUnit.Core.Arguments("http://api.partner-payments.com/v1/", "https://api.partner-payments.com/v1/")]
                    [PartnerEndpoint([|"http://api.partner-payments.com/v1/"|])]
                    public void Upgrades_plain_http(string given, string expected) { }
                }
            }
            """);

    // An argument of a type the build lacks (or half-typed code) leaves no constructor to pick; the attribute's type still
    // says the values are a parameterised test's data. Another attribute in the same state is still reported.
    [Fact]
    public Task Leaves_the_data_of_parameterised_tests_alone_when_an_argument_does_not_bind() =>
        Verify.VerifyAsync("""
            using System;

            namespace NUnit.Framework
            {
                [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
                public sealed class TestCaseAttribute : Attribute
                {
                    public TestCaseAttribute(params object[] arguments) { }
                    public TestCaseAttribute(object arg1, object arg2, object arg3) { }
                    public object? ExpectedResult { get; set; }
                }
            }

            namespace Contoso.Tests
            {
                [AttributeUsage(AttributeTargets.Method)]
                public sealed class PartnerEndpointAttribute : Attribute { public PartnerEndpointAttribute(string url, int retries) { } }

                public sealed class UrlMatchTests
                {
                    [NUnit.Framework.TestCase("http://www.contoso.com", "https://www.contoso.com", {|CS0103:MatchMethod|}.Domain, ExpectedResult = 2)]
                    [PartnerEndpoint([|"http://api.partner-payments.com/v1/"|], {|CS0103:Retries|}.Default)]
                    public int Scores(string given, string saved, object method) => 0;
                }
            }
            """);

    [Fact]
    public Task Reports_the_connector_base_url_attribute_argument()
    {
        var source = Snippets.InClass("""
            [AttributeUsage(AttributeTargets.Interface)]
            public sealed class ConnectorAttribute : Attribute { public string? BaseUrl { get; set; } }

            [Connector(BaseUrl = [|"http://api.acme-hris.com/v2/"|])]
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
    [InlineData("const string A = \"http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token\";")]
    [InlineData("const string A = \"http://169.254.170.2/v2/credentials/\";")]
    [InlineData("const string A = \"http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/\";")]
    // pages for people named by what the person looks for there
    [InlineData("const string HelpPage = \"http://snipdock-app.com/docs/\";")]
    [InlineData("const string FaqUrl = \"http://snipdock-app.com/faq\";")]
    [InlineData("const string A = \"http://169.254.170.23/v1/credentials\";")]
    [InlineData("const string A = \"http://[fd00:ec2::254]/latest/api/token\";")]
    [InlineData("const string A = \"http://100.100.100.200/latest/meta-data/ram/security-credentials/\";")]
    [InlineData("static readonly string[] Bind = [\"http://*:5000\", \"http://+:8080/\", \"http://0.0.0.0:80\"];")]
    // names reserved for documentation and tests: no server answers them
    [InlineData("const string A = \"http://example.com/api\";")]
    [InlineData("const string A = \"http://api.example.org/v1\";")]
    [InlineData("const string A = \"http://payroll.contoso.example/\";")]
    [InlineData("const string A = \"http://server.test:8080/\";")]
    [InlineData("const string A = \"http://host.invalid/\";")]
    // pages for people: license, contact, terms, documentation
    [InlineData("class OpenApiLicense { public Uri? Url { get; set; } }\nOpenApiLicense L = new() { Url = new Uri(\"http://opensource.org/licenses/MIT\") };")]
    [InlineData("const string DocumentationUrl = \"http://docs.contoso.com/v1\";")]
    [InlineData("const string TermsOfService = \"http://contoso.com/terms\";")]
    // namespaces and identifiers
    [InlineData("const string Xsi = \"http://www.w3.org/2001/XMLSchema-instance\";")]
    [InlineData("const string Contracts = \"http://schemas.datacontract.org/2004/07/Contoso\";")]
    [InlineData("const string EmailClaim = \"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress\";")]
    // code systems and FHIR canonical URLs are identifiers that resources carry
    [InlineData("const string CORE_BASE_URL = \"http://hl7.org/fhir/StructureDefinition/\";")]
    [InlineData("static readonly Uri Loinc = new(\"http://loinc.org\");")]
    [InlineData("const string Snomed = \"http://snomed.info/sct\";")]
    [InlineData("const string Ucum = \"http://unitsofmeasure.org\";")]
    [InlineData("const string Terminology = \"http://terminology.hl7.org/CodeSystem/v2-0203\";")]
    [InlineData("const string Draft7 = \"http://json-schema.org/draft-07/schema#\";")]
    [InlineData("static readonly XNamespace Soap = \"http://soap.contoso.com/envelope\";")]
    [InlineData("static readonly XName Item = XName.Get(\"item\", \"http://items.contoso.com/2021\");")]
    [InlineData("const string OrdersNamespace = \"http://orders.contoso.com/2021/03\";")]
    [InlineData("const string RoleClaimType = \"http://identity.contoso.com/claims/role\";")]
    [InlineData("[XmlRoot(\"feed\", Namespace = \"http://feeds.contoso.com/atom\")] public class Feed { }")]
    [InlineData("[XmlType(Namespace = \"http://orders.contoso.com/2021/03\")] public class Order { }")]
    [InlineData("const string Settings = \"{ \\\"$schema\\\": \\\"http://json-schema.contoso.com/settings\\\" }\";")]
    [InlineData("const string Envelope = \"<s:Envelope xmlns:s=\\\"http://envelope.contoso.com/\\\"/>\";")]
    [InlineData("const string OtherEntityId = \"http://idp.contoso.com/metadata\";")]
    [InlineData("sealed class Options { public string? EntityId { get; set; } }\nOptions O = new() { EntityId = \"http://sp.contoso.com/saml\" };")]
    [InlineData("const string ResourceIdentifier = \"http://api.contoso.com/\";")]
    // a token's issuer and audience are names compared with its claims
    [InlineData("sealed class TokenSettings { public string TrustedIssuer { get; init; } = \"http://sts.contoso.com/adfs/services/trust\"; }")]
    [InlineData("sealed class TokenSettings { public string ValidAudience { get; init; } = \"http://payroll.contoso.com/api/\"; }")]
    [InlineData("const string ExpectedIssuer = \"http://connect.contoso.com/\";")]
    [InlineData("static readonly string[] ValidIssuers = { \"http://sts.contoso.com/adfs/services/trust\" };")]
    // a SOAP action is a URI sent as a header's text
    [InlineData("const string SettlementSoapAction = \"http://contoso.com/settlement/ISettlementService/SubmitBatch\";")]
    [InlineData("const string SOAP_ACTION = \"http://contoso.com/settlement/ISettlementService/SubmitBatch\";")]
    [InlineData("void M(HttpRequestMessage r) => r.Headers.Add(\"SOAPAction\", \"http://www.partner-music.com/Services/1.1#getMetadata\");")]
    [InlineData("const string ActionHeader = \"SOAP-Action\"; bool M(HttpRequestMessage r, string action) => r.Headers.TryAddWithoutValidation(ActionHeader, $\"http://www.partner-music.com/Services/1.1#{action}\");")]
    // text that mentions a URL
    [InlineData("// calls http://api.contoso.com/v1\nconst int A = 1;")]
    [InlineData("/// <summary>See http://docs.contoso.com/v1.</summary>\nconst int A = 1;")]
    [InlineData("[Description(\"Base address, for example http://api.contoso.com/\")] public Uri? BaseAddress { get; set; }")]
    [InlineData("void M() => throw new InvalidOperationException(\"http://api.contoso.com/\");")]
    [InlineData("void M() => Console.WriteLine(\"http://api.contoso.com/\");")]
    [InlineData("void M(Uri u) => throw new ArgumentException($\"Endpoint '{u}' must use https:// (http:// is loopback only).\");")]
    // listening, proxies, detection
    [InlineData("void M(HttpListener l) => l.Prefixes.Add(\"http://hooks.contoso.com:8080/\");")]
    [InlineData("WebProxy P = new WebProxy(\"http://proxy.corp.contoso.com:3128\", true);")]
    [InlineData("HttpClientHandler H = new() { Proxy = new WebProxy(\"http://proxy.corp.contoso.com:3128\") };")]
    [InlineData("bool M(string url) => url.StartsWith(\"http://\", StringComparison.OrdinalIgnoreCase);")]
    [InlineData("bool M(string url) => url == \"http://api.contoso.com/\";")]
    [InlineData("bool M(string url) => url is \"http://api.contoso.com/\";")]
    [InlineData("string M(string url) => \"https://\" + url[\"http://\".Length..];")]
    [InlineData("bool M(string url) => url.Contains(\"http://api.contoso.com\");")]
    // what a method that writes or reads XML takes besides an address is a namespace
    [InlineData("static string MarshalXML(object o, string nmspc) => \"\";\nstring M() => MarshalXML(1, \"http://s3.contoso.com/doc/2006-03-01/\");")]
    // a member of a type the build lacks: the name written decides
    [InlineData("object M() => new {|CS0246:BucketConfiguration|} { Namespace = \"http://s3.contoso.com/doc/2006-03-01/\" };")]
    [InlineData("void M({|CS0246:Missing|} m) { m.Namespace = \"http://s3.contoso.com/doc/2006-03-01/\"; }")]
    // what a property or method returns is named by its name, as an initial value is; a list of retired addresses
    // (Prowlarr's LegacyUrls, Jackett's LegacySiteLinks) is what stored settings are recognised and migrated by
    [InlineData("public string[] LegacyUrls => new[] { \"http://api.partner-tracker.com/\" };")]
    [InlineData("string[] LegacySiteLinks { get; } = { \"http://old.partner-tracker.com/\" };")]
    [InlineData("static readonly string[] OldDomains = { \"http://partner-tracker.net/\" };")]
    [InlineData("public string[] LegacyUrls => [\"http://api.partner-tracker.com/\", \"http://www.partner-tracker.com/\"];")]
    // an emulated device's address of its host's loopback (Android emulator, Genymotion)
    [InlineData("const string LocalApi = \"http://10.0.2.2:5000/api\";")]
    [InlineData("const string LocalApi = \"http://10.0.3.2:5000/api\";")]
    [InlineData("string[] LegacySiteLinks { get; set; } = [\"http://old.partner-tracker.com/\"];")]
    [InlineData("string Namespace => \"http://schemas.contoso.com/2024\";")]
    [InlineData("string GetDocumentationUrl() { return \"http://docs.contoso.com/\"; }")]
    // a call on a type the build lacks: the name written stands for its parameter
    [InlineData("void M({|CS0246:MissingClient|} c) => c.SetHttpProxy(\"http://proxy.corp.contoso.com:3128\");")]
    // a claim's value is a statement about a user
    [InlineData("System.Security.Claims.Claim Website = new(\"website\", \"http://alice.contoso.com\");")]
    [InlineData("sealed class ProfileClaim { public ProfileClaim(string type, string value) { } }\nProfileClaim Picture = new(\"picture\", \"http://cdn.contoso.com/alice\");")]
    // not plain text, or the host is not known
    [InlineData("const string A = \"https://api.contoso.com/\";")]
    [InlineData("const string A = \"wss://stream.contoso.com/\";")]
    [InlineData("Uri M(string host) => new($\"http://{host}/api\");")]
    [InlineData("Uri M(string host, int port) => new($\"http://{host}:{port}/\");")]
    [InlineData("Uri M(string service) => new($\"http://{service}.localhost/\");")]
    [InlineData("Uri M(string host) => new(\"http://\" + host);")]
    [InlineData("Uri M(string host) => new UriBuilder(\"http\", host).Uri;")]
    [InlineData("Uri U = new UriBuilder(\"http\", \"localhost\", 5000).Uri;")]
    public Task Leaves_non_endpoints_alone(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    [Theory]
    [InlineData("const string A = \"http://127.1/\";")]
    [InlineData("const string A = \"http://127.0.1:8080/\";")]
    [InlineData("const string A = \"http://2130706433/\";")]
    [InlineData("const string A = \"http://[::ffff:127.0.0.1]:5000/\";")]
    [InlineData("Uri M(string host) => new(string.Format(\"http://{0}/api\", host));")]
    [InlineData("const string Payload = \"{ \\\"callbackUrl\\\": \\\"http://localhost:5000/hooks\\\" }\";")]
    [InlineData("const string Payload = \"{ \\\"documentationUrl\\\": \\\"http://docs.contoso.com/v1\\\" }\";")]
    [InlineData("const string Broker = \"amqp://guest:guest@localhost:5672/\";")]
    [InlineData("const string Broker = \"amqp://rabbitmq:5672\";")]
    [InlineData("const string Broker = \"amqps://broker.contoso.com:5671/payroll\";")]
    [InlineData("const string Telemetry = \"mqtts://telemetry.contoso.com:8883\";")]
    [InlineData("const string Directory = \"ldap://dc01.contoso.com/DC=contoso,DC=com\";")]
    public Task Leaves_loopback_forms_unknown_format_hosts_and_json_non_endpoints_alone(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    [Theory]
    [InlineData("const string A = [|\"http://128.1/\"|];")]
    [InlineData("const string A = [|\"http://[::ffff:10.0.0.1]/\"|];")]
    [InlineData("Uri M(string region) => new(string.Format([|\"http://{0}.api.contoso.com/v1\"|], region));")]
    [InlineData("Uri M(int id) => new(string.Format([|\"http://api.contoso.com/items/{0}\"|], id));")]
    [InlineData("const string Payload = [|\"{ \\\"callbackUrl\\\": \\\"http://hooks.contoso.com/stripe\\\" }\"|];")]
    [InlineData("const string Payload = [|\"\"\"\n    { \"$schema\": \"http://json-schema.org/draft-07/schema#\", \"endpoint\": \"http://api.contoso.com/v2\" }\n    \"\"\"|];")]
    public Task Reports_look_alikes_format_templates_and_urls_in_json_payloads(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    // Test code of public SDKs: hosts of one label, expected values in assertions, placeholder hosts.
    [Theory]
    [InlineData("const string A = \"http://api/\";")]
    [InlineData("const string A = \"http://foo\";")]
    [InlineData("Uri U = new(\"http://build-agent:8080/artifacts\");")]
    [InlineData("Uri Health = new(\"http://_admin.payroll-api/healthz\");")]
    [InlineData("const string Srv = \"http://_http._tcp.ledger-sync/\";")]
    [InlineData("Task<string> M(HttpClient c) => c.GetStringAsync(\"http://fileserver/share/report.csv\");")]
    [InlineData("const string A = \"http://foo.bar.com/v1\";")]
    [InlineData("const string A = \"http://fake-api.contoso.com/\";")]
    [InlineData("const string A = \"http://mockserver.net/\";")]
    [InlineData("const string A = \"http://dummy.contoso.com/items\";")]
    [InlineData("const string A = \"http://somehost.com:8080/\";")]
    [InlineData("const string A = \"http://www.yourdomain.com/callback\";")]
    [InlineData("const string A = \"http://some-api.com\";")]
    [InlineData("const string A = \"http://hooks.my_server.net/v1\";")]
    [InlineData("const string A = \"http://something.else.com\";")]
    [InlineData("const string A = \"ftp://bad.unknown.com/\";")]
    [InlineData("const string A = \"http://invalid-host.contoso.com/\";")]
    [InlineData("const string A = \"http://192.0.2.10/v1\";")]
    [InlineData("const string A = \"http://198.51.100.7:8080/\";")]
    [InlineData("const string A = \"http://203.0.113.50/v1\";")]
    [InlineData("const string Callback = \"http://your-subdomain.tunnel.contoso.com/hooks\";")]
    [InlineData("const string A = \"http://your_tenant.contoso.com/api\";")]
    [InlineData("const string A = \"http://my-tenant.contoso.com/api\";")]
    [InlineData("const string A = \"http://some-instance.contoso.com/api\";")]
    // an owner word glued to a server's role: a tracker, a proxy, a registry the test stands in
    [InlineData("static readonly Uri Announce = new(\"http://mytracker.com/announce\");")]
    [InlineData("const string A = \"http://sometracker.com\";")]
    [InlineData("const string A = \"http://myregistry.azurecr.io/v2/\";")]
    // captive-portal checks are plain HTTP by design
    [InlineData("Task<string> M(HttpClient c) => c.GetStringAsync(\"http://www.msftncsi.com/ncsi.txt\");")]
    [InlineData("static readonly Uri Check = new(\"http://connectivitycheck.gstatic.com/generate_204\");")]
    [InlineData("const string A = \"http://captive.apple.com/hotspot-detect.html\";")]
    // the names a container resolves to the developer's own machine
    [InlineData("Task<string> M(HttpClient c) => c.GetStringAsync(\"http://host.docker.internal:5106/api\");")]
    [InlineData("const string A = \"http://host.containers.internal:8080/\";")]
    public Task Leaves_single_label_and_placeholder_hosts_alone(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    // A SOAP or WSDL operation is named by a URI that the request carries (a parameter or a written argument named
    // operation); an address named so (operationUrl) is still an address.
    [Fact]
    public Task A_uri_that_names_an_operation_is_not_reached() =>
        Verify.VerifyAsync(Snippets.InClass("""
            Task<string> SendAsync(string message, string operation) => Task.FromResult(message + operation);
            Task<string> PostAsync(string message, string operationUrl) => Task.FromResult(message + operationUrl);
            Task<string> Send(string message) => SendAsync(message, operation: "http://fs.example-tax.cz/eet/SendRevenue");
            Task<string> Post(string message) => PostAsync(message, [|"http://fs.example-tax.cz/eet/SendRevenue"|]);
            """));

    // An owner word glued to a word that names no server role (mytrack, somethingawful) still reports.
    [Theory]
    [InlineData("const string A = [|\"http://mytrack.com/announce\"|];")]
    [InlineData("const string A = [|\"http://somethingawful.com/api\"|];")]
    [InlineData("const string A = [|\"http://api.contoso/\"|];")]
    [InlineData("const string A = [|\"http://football-data.org/v4\"|];")]
    [InlineData("const string A = [|\"http://barclays.co.uk/api\"|];")]
    [InlineData("const string A = [|\"http://stubhub.com/api\"|];")]
    [InlineData("const string A = [|\"http://mybank.com/api\"|];")]
    [InlineData("const string A = [|\"http://api-my.contoso.com/\"|];")]
    [InlineData("static Task PostXml(string url, string body) => Task.CompletedTask;\nTask Send() => PostXml([|\"http://api.contoso.com/orders\"|], \"<order/>\");")]
    [InlineData("static Task SendXml(string body, string endpointUri) => Task.CompletedTask;\nTask Send() => SendXml(\"<order/>\", [|\"http://api.contoso.com/orders\"|]);")]
    [InlineData("sealed class Claimant { public Claimant(string endpoint) { } }\nClaimant Client = new([|\"http://claims.contoso.com/v1\"|]);")]
    [InlineData("const string A = [|\"http://some-bank.com/api\"|];")]
    [InlineData("object M() => new {|CS0246:BucketClient|} { Endpoint = [|\"http://s3.contoso.com/\"|] };")]
    [InlineData("void M({|CS0246:MissingClient|} c) => c.SetEndpoint([|\"http://s3.contoso.com/\"|]);")]
    [InlineData("const string LegacyApiUrl = [|\"http://api.contoso.com/v1\"|];")]
    [InlineData("string[] Urls => new[] { [|\"http://api.contoso.com/\"|] };")]
    [InlineData("string BaseUrl => [|\"http://api.contoso.com/\"|];")]
    [InlineData("string GetNamespace() { Func<string> f = () => [|\"http://api.contoso.com/\"|]; return f(); }")]
    [InlineData("string[] LegacyHandlers => new[] { [|\"http://api.contoso.com/\"|] };")]
    [InlineData("string[] Endpoints => [[|\"http://api.contoso.com/\"|]];")]
    [InlineData("static Task Send(string[] urls) => Task.CompletedTask;\nTask M() => Send([[|\"http://api.contoso.com/\"|]]);")]
    [InlineData("void M({|CS0246:MissingClient|} c) => c.GetAsync([|\"http://s3.contoso.com/\"|]);")]
    [InlineData("const string A = [|\"http://10.0.0.1/\"|];")]
    [InlineData("const string A = [|\"http://10.0.2.3:5000/api\"|];")]
    [InlineData("const string A = [|\"http://192.168.0.10/status\"|];")]
    [InlineData("const string A = [|\"http://unknownworlds.com/api\"|];")]
    [InlineData("const string Identity = [|\"http://id.contoso.com/\"|];")]
    [InlineData("const string IdpUrl = [|\"http://idp.contoso.com/sso\"|];")]
    [InlineData("const string AppIdUri = [|\"http://api.contoso.com/\"|];")]
    [InlineData("const string A = [|\"http://192.0.3.10/v1\"|];")]
    [InlineData("const string A = [|\"http://mystore.contoso.com/api\"|];")]
    [InlineData("const string FhirServer = [|\"http://fhir.contoso.com/baseR4\"|];")]
    [InlineData("const string A = [|\"http://notmsftncsi.com/ncsi.txt\"|];")]
    [InlineData("const string A = [|\"http://docker.internal.contoso.com/\"|];")]
    [InlineData("const string A = [|\"http://msftncsi.com.contoso.com/\"|];")]
    [InlineData("const string A = [|\"http://hl7.org.contoso.com/fhir\"|];")]
    [InlineData("const string A = [|\"http://myaccount.contoso.com/api\"|];")]
    [InlineData("const string A = [|\"http://yours.contoso.com/api\"|];")]
    [InlineData("const string IssuerUrl = [|\"http://sts.contoso.com/\"|];")]
    [InlineData("const string MetadataAddress = [|\"http://sts.contoso.com/FederationMetadata/2007-06/FederationMetadata.xml\"|];")]
    [InlineData("const string Authority = [|\"http://login.contoso.com/tenant\"|];")]
    [InlineData("const string A = [|\"http://_admin.payroll.contoso.com/healthz\"|];")]
    [InlineData("const string SoapEndpoint = [|\"http://soap.contoso.com/settlement.svc\"|];")]
    public Task Reports_hosts_that_only_look_like_stand_ins(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    private const string TestFrameworks = """
        namespace Xunit { public static class Assert { public static void Equal<T>(T expected, T actual) { } } }
        namespace NUnit.Framework
        {
            public static class Assert { public static void That(object actual, object constraint) { } }
            public static class Is { public static object EqualTo(object expected) => expected; }
        }
        namespace FluentAssertions
        {
            public sealed class StringAssertions { public void Be(string expected) { } }
            public static class AssertionExtensions { public static StringAssertions Should(this string value) => new(); }
        }
        namespace Shouldly { public static class ShouldBeStringTestExtensions { public static void ShouldBe(this string actual, string expected) { } } }
        namespace TUnit.Assertions
        {
            public sealed class ValueAssertionBuilder<T> { }
            public static class Assert { public static ValueAssertionBuilder<T> That<T>(T actual) => new(); }
        }
        namespace TUnit.Assertions.Extensions
        {
            public static class GenericIsExtensions { public static object IsEqualTo<T>(this TUnit.Assertions.ValueAssertionBuilder<T> builder, T expected) => builder; }
        }
        namespace Contoso.Sdk { public sealed class ApiClient { public string Fetch(string url) => url; public static void AssertReachable(string url) { } } }
        """;

    [Fact]
    public Task Leaves_expected_values_of_assertions_alone() =>
        Verify.VerifyAsync(Snippets.Usings + TestFrameworks + """

            namespace Tests
            {
                using FluentAssertions;
                using Shouldly;

                class RequestBuilderTests
                {
                    void Xunit_(Uri built) => Xunit.Assert.Equal("http://api.contoso.com/v1/items", built.ToString());
                    void XunitUri(Uri built) => Xunit.Assert.Equal(new Uri("http://api.contoso.com/v1/items"), built);
                    void NUnit_(Uri built) => NUnit.Framework.Assert.That(built.ToString(), NUnit.Framework.Is.EqualTo("http://api.contoso.com/v1/items"));
                    void Fluent(Uri built) => built.ToString().Should().Be("http://api.contoso.com/v1/items");
                    void Shouldly_(Uri built) => built.ToString().ShouldBe("http://api.contoso.com/v1/items");
                    object TUnit_(Uri built) => TUnit.Assertions.Extensions.GenericIsExtensions.IsEqualTo(TUnit.Assertions.Assert.That(built.ToString()), "http://api.contoso.com/v1/items");
                }
            }
            """);

    [Fact]
    public Task Still_reports_urls_that_test_code_calls() =>
        Verify.VerifyAsync(Snippets.Usings + TestFrameworks + """

            namespace Tests
            {
                using FluentAssertions;

                class ClientTests
                {
                    async Task Calls(HttpClient client)
                    {
                        var body = await client.GetStringAsync([|"http://api.contoso.com/v1/items"|]);
                        body.Should().Be("[]");
                    }

                    string Fetches(Contoso.Sdk.ApiClient client) => client.Fetch([|"http://api.contoso.com/v1/items"|]);

                    void NamedLikeAnAssertion() => Contoso.Sdk.ApiClient.AssertReachable([|"http://api.contoso.com/health"|]);
                }
            }
            """);

    [Fact]
    public Task Leaves_links_the_shell_opens_for_the_user_alone_but_not_a_download_tools_arguments() =>
        Verify.VerifyAsync(Snippets.Usings + """
            using System.Diagnostics;

            class C
            {
                void Help() => Process.Start("http://www.contoso-docs.com/help");

                void Homepage() => Process.Start(new ProcessStartInfo("http://www.contoso.com/") { UseShellExecute = true });

                void Releases()
                {
                    var start = new ProcessStartInfo { FileName = "http://downloads.contoso.com/releases", UseShellExecute = true };
                    start.FileName = "http://www.contoso.com/changelog";
                    Process.Start(start);
                }

                void Fetches() => Process.Start("curl", [|"http://api.contoso.com/export.csv"|]);

                void FetchesToo() => Process.Start(new ProcessStartInfo("wget") { Arguments = [|"http://files.contoso.com/daily.zip"|] });
            }
            """);

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
            const string Exact = "http://build-cache.corp.com/";
            const string BySuffix = "http://nexus.intranet.contoso.com/repo";
            const string NotAllowed = [|"http://intranet.contoso.com.evil.com/"|];
            """);
        return Verify.VerifyAsync(source, AllowedHosts.OptionKey + " = build-cache.corp.com, .intranet.contoso.com");
    }

    [Fact]
    public async Task Leaves_hosts_allowed_by_the_msbuild_property_alone()
    {
        var test = new CSharpAnalyzerVerifier<PlainHttpUrlAnalyzer>.Test
        {
            TestCode = Snippets.InClass("""
                const string Allowed = "http://nexus.intranet.contoso.com/repo";
                const string NotAllowed = [|"http://api.contoso.com/"|];
                """),
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property." + AllowedHosts.MSBuildProperty + " = .intranet.contoso.com\n"));
        await test.RunAsync();
    }

    [Fact]
    public Task Skips_generated_code()
    {
        var source = "// <auto-generated/>\n" + Snippets.InClass("const string Feed = \"http://feeds.contoso.com/inventory.xml\";");
        return Verify.VerifyAsync(source);
    }

    [Theory]
    [InlineData("class C { Uri u = new Uri(\"http://api.contoso.com/\"")]
    [InlineData("class C { void M() { var s = $\"http://{")]
    [InlineData("class C { void M() { new UriBuilder(\"http\", ) } }")]
    [InlineData("class C { [Connector(BaseUrl = \"http://api.contoso.com\"")]
    [InlineData("class C { XNamespace n = \"http://x.com\" + ; }")]
    [InlineData("\"http://api.contoso.com/\"")]
    public async Task Never_throws_on_incomplete_code(string source)
    {
        await IncompleteCode.AnalyzeAsync(Snippets.Usings + source, new PlainHttpUrlAnalyzer());
    }

    // Service-side and identifier URIs of WCF, CoreWCF, claims and CORS (the ServiceShapes blind folder): CoreWCF's
    // contract attributes name SOAP actions, a Claims class's constants are claim types, a service's HttpGetUrl is where
    // it publishes its metadata, an allowed CORS origin is compared with a browser's header. Endpoints written beside
    // them are still reported.
    [Fact]
    public Task Leaves_wcf_service_addresses_claim_types_and_cors_origins_alone() =>
        Verify.VerifyAsync(Snippets.Usings + """
            namespace CoreWCF
            {
                [AttributeUsage(AttributeTargets.Method)]
                public sealed class OperationContractAttribute : Attribute { public string? Action { get; set; } public string? ReplyAction { get; set; } }
            }

            namespace Contoso.Claims
            {
                public interface IClaimsIntake
                {
                    [CoreWCF.OperationContract(Action = "http://contoso-mutual.com/claims/IClaimsIntake/Submit", ReplyAction = "http://contoso-mutual.com/claims/IClaimsIntake/SubmitResponse")]
                    void Submit(string claim);
                }

                public static class QuillmateAuthenticationDefaults
                {
                    public static class Claims { public const string Avatar = "http://quillmate.com/claims/avatar"; }
                    public const string UserInformationEndpoint = [|"http://api.quillmate.com/v1/me"|];
                }

                public static class PartnerClaimTypes { public const string Tenant = "http://partner.contoso.com/claims/tenant"; }

                public sealed class ServiceMetadataBehavior { public Uri? HttpGetUrl { get; set; } public Uri? ExternalMetadataLocation { get; set; } }

                public sealed class CorsPolicyBuilder { public CorsPolicyBuilder WithOrigins(params string[] origins) => this; }

                public static class Setup
                {
                    public static ServiceMetadataBehavior Metadata() => new() { HttpGetUrl = new Uri("http://claims.contoso-mutual.com/intake/wsdl") };
                    public static CorsPolicyBuilder Cors() => new CorsPolicyBuilder().WithOrigins("http://movienight-client.netlify.app");
                    public static Uri Documents() => new Uri([|"http://documents.contoso-mutual.com/DocumentService.svc"|]);
                    public static string OriginUrl => [|"http://origin.cdn-partner.com/assets/"|];
                }
            }
            """);
}
