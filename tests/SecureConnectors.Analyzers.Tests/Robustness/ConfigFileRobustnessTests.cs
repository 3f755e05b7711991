using System.Threading.Tasks;
using SecureConnectors.Analyzers.Tests.Rules.ConfigFiles;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Robustness;

/// <summary>
/// SC1003 reads whatever a test project's settings hold as addresses to find the sections of the test's own server:
/// broken URLs, empty values and odd hosts must leave it quiet, never throw (an AD0001 would fail the verifier).
/// </summary>
public sealed class ConfigFileRobustnessTests
{
    [Theory]
    [InlineData("http://[::1")]
    [InlineData("http://")]
    [InlineData("://")]
    [InlineData(":")]
    [InlineData("localhost:")]
    [InlineData(":8080")]
    [InlineData("")]
    [InlineData("http://a b/")]
    [InlineData("\\u0000")]
    [InlineData("http://localhost:99999999/")]
    [InlineData("[::1]:8080")]
    public Task Odd_addresses_in_test_settings_never_throw(string address) =>
        ConfigFileVerifier.VerifyAsync("/tests/Contoso.IntegrationTests/appsettings.json", $$"""
            {
              "Server": { "Url": "{{address}}", "Host": "{{address}}", "credentials": { "secret": "changeme" } },
              "Deep": { "a": { "b": { "Endpoint": "{{address}}" } } },
              "Url": "{{address}}"
            }
            """);
}
