using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using FixVerify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Transport.ObsoleteTlsProtocolAnalyzer,
    SecureConnectors.CodeFixes.Rules.Transport.ObsoleteTlsProtocolCodeFixProvider>;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Transport.ObsoleteTlsProtocolAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

/// <summary>
/// SC2003 for connection strings whose protocol list allows an obsolete protocol (MySQL's TlsVersion, StackExchange.Redis's
/// sslProtocols), the fix that drops the obsolete entries or the setting, and the look-alikes: current versions only,
/// development servers, other settings that mention TLS, test code.
/// </summary>
public sealed class ObsoleteConnectionProtocolTests
{
    [Theory]
    [InlineData("const string Db = [|\"Server=mysql.contoso.com;Database=crm;TlsVersion=TLS 1.0, TLS 1.2\"|];")]
    [InlineData("const string Db = [|\"Server=mysql.contoso.com;TLS Version=Tls 1.1;Database=crm\"|];")]
    [InlineData("const string Db = [|\"Server=mysql.contoso.com;Tls-Version=TLSv1.1,TLSv1.2\"|];")]
    [InlineData("const string Db = [|\"server=mysql.contoso.com;tlsversion=Tls11\"|];")]
    [InlineData("const string Cache = [|\"cache.contoso.com:6380,ssl=true,sslProtocols=Tls|Tls12,abortConnect=false\"|];")]
    [InlineData("const string Cache = [|\"cache.contoso.com:6380,ssl=true,sslProtocols=Default\"|];")]
    [InlineData("string M(string db) => [|$\"Server=mysql.contoso.com;Database={db};TlsVersion=TLS 1.0\"|];")]
    public Task Reports_protocol_lists_with_an_obsolete_protocol(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    [Theory]
    [InlineData("const string Db = \"Server=mysql.contoso.com;TlsVersion=TLS 1.2, TLS 1.3\";")]
    [InlineData("const string Db = \"Server=mysql.contoso.com;Tls Version=Tls12\";")]
    [InlineData("const string Cache = \"cache.contoso.com:6380,ssl=true,sslProtocols=Tls12|Tls13\";")]
    [InlineData("const string Db = \"Server=localhost;TlsVersion=TLS 1.0\";")]
    [InlineData("const string Db = \"Server=mysql;TlsVersion=TLS 1.1\";")]
    [InlineData("const string Db = \"Server=mysql.contoso.com;TlsCipherSuites=TLS_AES_128_GCM_SHA256;SslMode=VerifyFull\";")]
    [InlineData("const string Cache = \"cache.contoso.com:6380,ssl=true,sslHost=tls.contoso.com\";")]
    [InlineData("const string Guidance = \"Set TlsVersion=TLS 1.2 on the server\";")]
    [InlineData("const string Version = \"tls=1.0\";")]
    public Task Leaves_current_protocols_development_servers_and_other_settings_alone(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    [Fact]
    public Task Message_names_the_setting_the_server_and_the_protocols_but_not_the_value() =>
        Verify.VerifyAsync(
            Snippets.InClass("const string Db = {|#0:\"Server=mysql.contoso.com;Password=x;TlsVersion=TLS 1.0, TLS 1.1, TLS 1.2\"|};"),
            Verify.Diagnostic("SC2003").WithLocation(0).WithArguments("TlsVersion' in the connection string to 'mysql.contoso.com", "TLS 1.0, TLS 1.1"));

    [Fact]
    public async Task Leaves_connection_strings_in_test_code_alone()
    {
        var test = new CSharpAnalyzerVerifier<ObsoleteTlsProtocolAnalyzer>.Test();
        test.TestState.Sources.Add(("/src/Contoso.Data.Tests/ConnectionStringTests.cs", Snippets.InClass("const string Parsed = \"Server=mysql.contoso.com;TlsVersion=TLS 1.0\";")));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("const string Db = [|\"Server=mysql.contoso.com;TlsVersion=TLS 1.0, TLS 1.2\"|];", "const string Db = \"Server=mysql.contoso.com;TlsVersion=TLS 1.2\";")]
    [InlineData("const string Db = [|\"Server=mysql.contoso.com;TlsVersion=Tls11;Database=crm\"|];", "const string Db = \"Server=mysql.contoso.com;Database=crm\";")]
    [InlineData("const string Db = [|\"Server=mysql.contoso.com;Database=crm;TLS Version=TLS 1.0, TLS 1.1\"|];", "const string Db = \"Server=mysql.contoso.com;Database=crm\";")]
    [InlineData("const string Cache = [|\"cache.contoso.com:6380,ssl=true,sslProtocols=Tls|Tls12,abortConnect=false\"|];", "const string Cache = \"cache.contoso.com:6380,ssl=true,sslProtocols=Tls12,abortConnect=false\";")]
    [InlineData("const string Cache = [|\"cache.contoso.com:6380,sslProtocols=Tls11,ssl=true\"|];", "const string Cache = \"cache.contoso.com:6380,ssl=true\";")]
    [InlineData("const string Db = [|@\"Server=mysql.contoso.com;TlsVersion=TLSv1.1,TLSv1.2\"|];", "const string Db = @\"Server=mysql.contoso.com;TlsVersion=TLSv1.2\";")]
    public Task Drops_the_obsolete_entries_or_the_setting(string member, string fixedMember) =>
        FixVerify.VerifyFixAsync(Snippets.InClass(member), Snippets.InClass(fixedMember));

    [Fact]
    public Task Fix_all_rewrites_every_connection_string() =>
        FixVerify.VerifyFixAsync(
            Snippets.InClass("""
                const string Crm = [|"Server=mysql.contoso.com;TlsVersion=TLS 1.0, TLS 1.2"|];
                const string Hr = [|"Server=hr-db.contoso.com;TlsVersion=TLS 1.1;Database=hr"|];
                const string Cache = [|"cache.contoso.com:6380,ssl=true,sslProtocols=Ssl3|Tls12"|];
                """),
            Snippets.InClass("""
                const string Crm = "Server=mysql.contoso.com;TlsVersion=TLS 1.2";
                const string Hr = "Server=hr-db.contoso.com;Database=hr";
                const string Cache = "cache.contoso.com:6380,ssl=true,sslProtocols=Tls12";
                """));

    [Theory]
    [InlineData("Server=mysql.contoso.com;TlsVersion=TLS 1.0, TLS 1.2", "TlsVersion", 0xC0L, "TLS 1.2")]
    [InlineData("cache.contoso.com,sslProtocols=Tls11|Tls12|Tls13,ssl=true", "sslProtocols", 0x300L, "Tls12|Tls13")]
    [InlineData("Server=mysql.contoso.com;TLS Version=TLS 1.1", "TLS Version", 0x300L, null)]
    public void Reads_the_whole_list_and_what_is_left_of_it(string text, string key, long flags, string? kept)
    {
        Assert.True(ObsoleteConnectionProtocols.TryFind(text, out var finding));
        Assert.Equal(key, finding.Key);
        Assert.Equal(flags, finding.Flags);
        Assert.Equal(kept, finding.KeptValue);
        Assert.Equal(key, text.Substring(finding.KeyIndex, key.Length));
    }

    // A connection string being typed: every prefix of odd ones, separators and quotes where a value should be.
    [Fact]
    public void Never_throws_on_any_prefix_of_odd_connection_strings()
    {
        const string Odd = "tlsversion=,;TLS Version= , ,TLSv1.1,=;sslProtocols=|Tls||,x=\"Tls11\";tls-version='1.0',,=&sslprotocols=Default,";
        for (var length = 0; length <= Odd.Length; length++)
        {
            ObsoleteConnectionProtocols.TryFind(Odd.Substring(0, length), out _);
        }

        Assert.True(ObsoleteConnectionProtocols.TryFind(Odd, out var finding));
        Assert.Equal("TLS Version", finding.Key);
    }
}
