using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Transport.ObsoleteTlsProtocolAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

public sealed class ObsoleteTlsProtocolAnalyzerTests
{
    private const string NoObsoleteWarnings = "#pragma warning disable SYSLIB0014, SYSLIB0039, CS0618\n";

    [Theory]
    [InlineData("HttpClientHandler H = new() { SslProtocols = [|SslProtocols.Ssl3|] };")]
    [InlineData("HttpClientHandler H = new() { SslProtocols = [|SslProtocols.Ssl2|] };")]
    [InlineData("HttpClientHandler H = new() { SslProtocols = [|SslProtocols.Tls|] };")]
    [InlineData("HttpClientHandler H = new() { SslProtocols = [|SslProtocols.Default|] };")]
    [InlineData("SslClientAuthenticationOptions O = new() { EnabledSslProtocols = [|SslProtocols.Tls11 | SslProtocols.Tls12|] };")]
    [InlineData("SslClientAuthenticationOptions O = new() { EnabledSslProtocols = ([|SslProtocols.Tls12 | SslProtocols.Tls11|]) };")]
    [InlineData("void M() { ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12|]; }")]
    [InlineData("void M() { ServicePointManager.SecurityProtocol |= [|SecurityProtocolType.Tls11|]; }")]
    [InlineData("void M() { ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Ssl3|]; }")]
    [InlineData("void M() { ServicePointManager.SecurityProtocol = [|(SecurityProtocolType)768 | (SecurityProtocolType)3072|]; }")]
    [InlineData("Task M(SslStream s) => s.AuthenticateAsClientAsync(\"api.contoso.example\", null, [|SslProtocols.Tls|], false);")]
    [InlineData("void M() { var protocols = [|SslProtocols.Tls11|]; _ = protocols; }")]
    [InlineData("SslProtocols P() => [|SslProtocols.Tls11|];")]
    [InlineData("void Connect(SslProtocols protocols = [|SslProtocols.Tls|]) { }")]
    [InlineData("sealed class ProxyConfig { public SslProtocols? Protocols { get; init; } } ProxyConfig P = new() { Protocols = [|SslProtocols.Tls11 | SslProtocols.Tls12|] };")]
    public Task Reports_obsolete_protocols_that_are_set(string member) =>
        Verify.VerifyAsync(NoObsoleteWarnings + Snippets.InClass(member));

    [Fact]
    public Task Reports_once_per_expression_with_every_obsolete_protocol()
    {
        var source = NoObsoleteWarnings + Snippets.InClass(
            "void M() { ServicePointManager.SecurityProtocol = {|#0:SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12|}; }");
        return Verify.VerifyAsync(source, Verify.Diagnostic("SC2003").WithLocation(0)
            .WithArguments("SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12", "TLS 1.0, TLS 1.1"));
    }

    [Theory]
    [InlineData("HttpClientHandler H = new() { SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13 };")]
    [InlineData("HttpClientHandler H = new() { SslProtocols = SslProtocols.None };")]
    [InlineData("void M() { ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault; }")]
    [InlineData("void M() { ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13; }")]
    [InlineData("void M() { ServicePointManager.SecurityProtocol = (SecurityProtocolType)3072; }")]
    [InlineData("void M() { ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Ssl3 | SecurityProtocolType.Tls | SecurityProtocolType.Tls11); }")]
    [InlineData("bool M(SslStream s) => s.SslProtocol == SslProtocols.Tls || s.SslProtocol == SslProtocols.Tls11;")]
    [InlineData("bool M(SslProtocols p) => p.HasFlag(SslProtocols.Tls11);")]
    [InlineData("bool M(SslProtocols p) => (p & SslProtocols.Tls11) != 0;")]
    [InlineData("string M(SslProtocols p) => p switch { SslProtocols.Tls => \"1.0\", SslProtocols.Tls11 => \"1.1\", _ => \"ok\" };")]
    [InlineData("const string Guidance = \"Do not force SslProtocols.Tls11.\";")]
    [InlineData("int M() => (int)SslProtocols.Tls;")]
    public Task Leaves_modern_protocols_and_inspection_alone(string member) =>
        Verify.VerifyAsync(NoObsoleteWarnings + Snippets.InClass(member));

    [Theory]
    [InlineData("class C { HttpClientHandler H = new() { SslProtocols = SslProtocols.Tls11 | ")]
    [InlineData("class C { void M() { ServicePointManager.SecurityProtocol = SecurityProtocolType. ; } }")]
    [InlineData("class C { void M() { ServicePointManager.SecurityProtocol = (SecurityProtocolType)Missing | SecurityProtocolType.Tls; } }")]
    [InlineData("class C { void M() { Unknown.SecurityProtocol |= SecurityProtocolType.Tls11 }")]
    public async Task Never_throws_on_incomplete_code(string source)
    {
        await IncompleteCode.AnalyzeAsync(Snippets.Usings + source, new ObsoleteTlsProtocolAnalyzer());
    }
}
