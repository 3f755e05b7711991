using System.Threading.Tasks;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Transport.PlainHttpUrlAnalyzer,
    SecureConnectors.CodeFixes.Rules.Transport.PlainHttpUrlCodeFixProvider>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

public sealed class PlainHttpUrlCodeFixProviderTests
{
    [Theory]
    [InlineData("const string A = [|\"http://api.contoso.example/v2/?q=1\"|];", "const string A = \"https://api.contoso.example/v2/?q=1\";")]
    [InlineData("const string A = [|\"HTTP://API.CONTOSO.EXAMPLE/\"|];", "const string A = \"HTTPS://API.CONTOSO.EXAMPLE/\";")]
    [InlineData("const string A = [|@\"http://api.contoso.example/\"|];", "const string A = @\"https://api.contoso.example/\";")]
    [InlineData("const string A = [|\"\"\"http://api.contoso.example/\"\"\"|];", "const string A = \"\"\"https://api.contoso.example/\"\"\";")]
    [InlineData("Uri M(string r) => new([|$\"http://{r}.api.contoso.example/\"|]);", "Uri M(string r) => new($\"https://{r}.api.contoso.example/\");")]
    [InlineData("Uri U = new([|\"ws://stream.contoso.example/feed\"|]);", "Uri U = new(\"wss://stream.contoso.example/feed\");")]
    [InlineData("Uri U = new([|\"ftp://files.contoso.example/daily.csv\"|]);", "Uri U = new(\"ftps://files.contoso.example/daily.csv\");")]
    [InlineData("Uri U = new UriBuilder([|\"http\"|], \"api.contoso.example\").Uri;", "Uri U = new UriBuilder(\"https\", \"api.contoso.example\").Uri;")]
    [InlineData("Uri U = new UriBuilder([|Uri.UriSchemeHttp|], \"api.contoso.example\").Uri;", "Uri U = new UriBuilder(Uri.UriSchemeHttps, \"api.contoso.example\").Uri;")]
    [InlineData("Uri U = new( /* keep */ [|\"http://api.contoso.example/\"|] /* trivia */);", "Uri U = new( /* keep */ \"https://api.contoso.example/\" /* trivia */);")]
    public Task Rewrites_the_scheme_and_keeps_the_rest(string member, string fixedMember) =>
        Verify.VerifyFixAsync(Snippets.InClass(member), Snippets.InClass(fixedMember));

    [Fact]
    public Task Fix_all_rewrites_every_url_in_the_document() =>
        Verify.VerifyFixAsync(
            Snippets.InClass("""
                const string Feed = [|"http://feeds.contoso.example/inventory.xml"|];
                static readonly Uri Payroll = new([|"http://payroll.contoso.example/api/"|]);
                Task<string> M(HttpClient c) => c.GetStringAsync([|"http://api.contoso.example/users"|]);
                const string Local = "http://localhost:5000/";
                """),
            Snippets.InClass("""
                const string Feed = "https://feeds.contoso.example/inventory.xml";
                static readonly Uri Payroll = new("https://payroll.contoso.example/api/");
                Task<string> M(HttpClient c) => c.GetStringAsync("https://api.contoso.example/users");
                const string Local = "http://localhost:5000/";
                """));
}
