using System.Globalization;
using System.Threading.Tasks;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Rules.ConfigFiles;

/// <summary>Diagnostics go to build logs and SARIF files: the message names the path, never the value or a secret-shaped key.</summary>
public sealed class ConfigFileMessageTests
{
    public static TheoryData<string, string, string> Files()
    {
        var token = Fake.Token("sk_" + "live_", 24);
        var secret = Fake.Chars(32, Fake.Alnum, seed: 21);
        var password = Fake.Password(seed: 8).Replace("#", "-"); // no URL delimiter in it
        return new()
        {
            { "/app/appsettings.json", $$"""{ "Stripe": { "ApiKey": "{{token}}" } }""", token },
            { "/app/appsettings.json", $$"""{ "Keys": { "{{token}}": "{{token}}" } }""", token },
            { "/app/appsettings.json", $$"""{ "ConnectionStrings": { "Db": "Server=db.example;User Id=u;Password={{password}}" } }""", password },
            { "/app/appsettings.json", $$"""{ "Export": { "Target": "sftp://exports:{{password}}@files.contoso.example/out" } }""", password },
            { "/app/web.config", $$"""<configuration><appSettings><add key="{{secret}}" value="{{token}}" /></appSettings></configuration>""", secret },
            { "/app/web.config", $$"""<configuration><partner clientSecret="{{secret}}" /></configuration>""", secret },
        };
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Message_never_quotes_the_secret(string path, string content, string secret)
    {
        var diagnostic = Assert.Single(await ConfigFileDiagnostics.RunAsync(path, content));
        Assert.Equal("SC1003", diagnostic.Id);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.DoesNotContain(secret, message);
        Assert.Contains(" holds a hardcoded ", message);
        Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);
        var reported = content.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
        Assert.NotEmpty(reported);
        Assert.DoesNotContain(reported, message);
    }
}
