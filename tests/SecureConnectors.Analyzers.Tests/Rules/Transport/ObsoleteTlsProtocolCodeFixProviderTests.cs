using System.Threading.Tasks;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Transport.ObsoleteTlsProtocolAnalyzer,
    SecureConnectors.CodeFixes.Rules.Transport.ObsoleteTlsProtocolCodeFixProvider>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

public sealed class ObsoleteTlsProtocolCodeFixProviderTests
{
    private const string NoObsoleteWarnings = "#pragma warning disable SYSLIB0014, SYSLIB0039, CS0618\n";

    [Theory]
    [InlineData("HttpClientHandler H = new() { SslProtocols = [|SslProtocols.Ssl3|] };", "HttpClientHandler H = new() { SslProtocols = SslProtocols.None };")]
    [InlineData("HttpClientHandler H = new() { SslProtocols = [|SslProtocols.Default|] };", "HttpClientHandler H = new() { SslProtocols = SslProtocols.None };")]
    [InlineData("HttpClientHandler H = new() { SslProtocols = [|System.Security.Authentication.SslProtocols.Tls|] };", "HttpClientHandler H = new() { SslProtocols = System.Security.Authentication.SslProtocols.None };")]
    [InlineData("void M() { ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls11|]; }", "void M() { ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault; }")]
    [InlineData("SslClientAuthenticationOptions O = new() { EnabledSslProtocols = [|SslProtocols.Tls11 | SslProtocols.Tls12|] };", "SslClientAuthenticationOptions O = new() { EnabledSslProtocols = SslProtocols.Tls12 };")]
    [InlineData("void M() { ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13|]; }", "void M() { ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13; }")]
    [InlineData("void M() { ServicePointManager.SecurityProtocol = [|(SecurityProtocolType)768 | (SecurityProtocolType)3072|]; }", "void M() { ServicePointManager.SecurityProtocol = (SecurityProtocolType)3072; }")]
    [InlineData("void M() { ServicePointManager.SecurityProtocol = [|(SecurityProtocolType)3840|]; }", "void M() { ServicePointManager.SecurityProtocol = (SecurityProtocolType)3072; }")]
    [InlineData("sealed class ProxyConfig { public SslProtocols? Protocols { get; init; } } ProxyConfig P = new() { Protocols = [|SslProtocols.Tls11 | SslProtocols.Tls12|] };", "sealed class ProxyConfig { public SslProtocols? Protocols { get; init; } } ProxyConfig P = new() { Protocols = SslProtocols.Tls12 };")]
    public Task Drops_obsolete_protocols(string member, string fixedMember) =>
        Verify.VerifyFixAsync(NoObsoleteWarnings + Snippets.InClass(member), NoObsoleteWarnings + Snippets.InClass(fixedMember));

    [Fact]
    public Task Fix_all_rewrites_every_setting() =>
        Verify.VerifyFixAsync(
            NoObsoleteWarnings + Snippets.InClass("""
                HttpClientHandler A = new() { SslProtocols = [|SslProtocols.Ssl3|] };
                HttpClientHandler B = new() { SslProtocols = [|SslProtocols.Tls11 | SslProtocols.Tls12|] };
                void M() { ServicePointManager.SecurityProtocol = [|SecurityProtocolType.Tls|]; }
                """),
            NoObsoleteWarnings + Snippets.InClass("""
                HttpClientHandler A = new() { SslProtocols = SslProtocols.None };
                HttpClientHandler B = new() { SslProtocols = SslProtocols.Tls12 };
                void M() { ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault; }
                """));
}
