using System.Threading.Tasks;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Transport.PlainHttpUrlAnalyzer,
    SecureConnectors.CodeFixes.Rules.Transport.PlainHttpUrlCodeFixProvider>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

public sealed class PlainHttpUrlCodeFixProviderTests
{
    [Theory]
    [InlineData("const string A = [|\"http://api.contoso.com/v2/?q=1\"|];", "const string A = \"https://api.contoso.com/v2/?q=1\";")]
    [InlineData("const string A = [|\"HTTP://API.CONTOSO.COM/\"|];", "const string A = \"HTTPS://API.CONTOSO.COM/\";")]
    [InlineData("const string A = [|@\"http://api.contoso.com/\"|];", "const string A = @\"https://api.contoso.com/\";")]
    [InlineData("const string A = [|\"\"\"http://api.contoso.com/\"\"\"|];", "const string A = \"\"\"https://api.contoso.com/\"\"\";")]
    [InlineData("Uri M(string r) => new([|$\"http://{r}.api.contoso.com/\"|]);", "Uri M(string r) => new($\"https://{r}.api.contoso.com/\");")]
    [InlineData("Uri U = new([|\"ws://stream.contoso.com/feed\"|]);", "Uri U = new(\"wss://stream.contoso.com/feed\");")]
    [InlineData("Uri U = new([|\"ftp://files.contoso.com/daily.csv\"|]);", "Uri U = new(\"ftps://files.contoso.com/daily.csv\");")]
    [InlineData("Uri U = new([|\"amqp://payroll:synthetic-pw@broker.contoso.com:5672/payroll\"|]);", "Uri U = new(\"amqps://payroll:synthetic-pw@broker.contoso.com:5671/payroll\");")]
    [InlineData("Uri U = new([|\"amqp://payroll:synthetic-pw@broker.contoso.com/payroll\"|]);", "Uri U = new(\"amqps://payroll:synthetic-pw@broker.contoso.com/payroll\");")]
    [InlineData("const string T = [|\"mqtt://telemetry.contoso.com:1883\"|];", "const string T = \"mqtts://telemetry.contoso.com:8883\";")]
    [InlineData("const string A = [|\"http://api.contoso.com:80/v2\"|];", "const string A = \"https://api.contoso.com:443/v2\";")]
    [InlineData("const string A = [|\"http://api.contoso.com:8080/v2\"|];", "const string A = \"https://api.contoso.com:8080/v2\";")]
    [InlineData("const string A = [|\"http://[2001:db8::5]:80/v2\"|];", "const string A = \"https://[2001:db8::5]:443/v2\";")]
    [InlineData("const string A = [|\"http://[2001:db8::5]/v2\"|];", "const string A = \"https://[2001:db8::5]/v2\";")]
    [InlineData("Uri U = new UriBuilder([|\"http\"|], \"api.contoso.com\").Uri;", "Uri U = new UriBuilder(\"https\", \"api.contoso.com\").Uri;")]
    [InlineData("Uri U = new UriBuilder([|Uri.UriSchemeHttp|], \"api.contoso.com\").Uri;", "Uri U = new UriBuilder(Uri.UriSchemeHttps, \"api.contoso.com\").Uri;")]
    [InlineData("Uri U = new( /* keep */ [|\"http://api.contoso.com/\"|] /* trivia */);", "Uri U = new( /* keep */ \"https://api.contoso.com/\" /* trivia */);")]
    public Task Rewrites_the_scheme_and_keeps_the_rest(string member, string fixedMember) =>
        Verify.VerifyFixAsync(Snippets.InClass(member), Snippets.InClass(fixedMember));

    [Fact]
    public Task A_payload_with_two_urls_gets_no_fix_rather_than_a_rewrite_of_the_wrong_one() =>
        Verify.VerifyFixAsync(
            Snippets.InClass("const string Payload = [|\"\"\"\n    { \"$schema\": \"http://json-schema.org/draft-07/schema#\", \"endpoint\": \"http://api.contoso.com/v2\" }\n    \"\"\"|];"),
            Snippets.InClass("const string Payload = [|\"\"\"\n    { \"$schema\": \"http://json-schema.org/draft-07/schema#\", \"endpoint\": \"http://api.contoso.com/v2\" }\n    \"\"\"|];"));

    [Fact]
    public Task Fix_all_rewrites_every_url_in_the_document() =>
        Verify.VerifyFixAsync(
            Snippets.InClass("""
                const string Feed = [|"http://feeds.contoso.com/inventory.xml"|];
                static readonly Uri Payroll = new([|"http://payroll.contoso.com/api/"|]);
                Task<string> M(HttpClient c) => c.GetStringAsync([|"http://api.contoso.com/users"|]);
                const string Local = "http://localhost:5000/";
                """),
            Snippets.InClass("""
                const string Feed = "https://feeds.contoso.com/inventory.xml";
                static readonly Uri Payroll = new("https://payroll.contoso.com/api/");
                Task<string> M(HttpClient c) => c.GetStringAsync("https://api.contoso.com/users");
                const string Local = "http://localhost:5000/";
                """));
}
