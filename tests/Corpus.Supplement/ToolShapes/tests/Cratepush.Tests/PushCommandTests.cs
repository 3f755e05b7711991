using Microsoft.AspNetCore.Http;
using Xunit;

namespace ToolShapes.Cratepush.Tests;

public sealed class PushCommandTests
{
    [Theory]
    [InlineData("http://packages.ironbark-tools.com/nuget/", false)]  // expect: none
    [InlineData("https://nuget.ironbark-tools.com/v3/index.json", true)]
    public void Only_https_sources_count_as_secure(string source, bool secure)
    {
        Assert.Equal(secure, new Uri(source).Scheme == Uri.UriSchemeHttps);
    }

    [Fact]
    public void Local_feed_checks_the_pushed_key()
    {
        var server = new LocalFeedServer(new LocalFeedOptions { Root = Path.GetTempPath(), ApiKey = "local-feed-test-key" });
        var request = new HttpContext().Request;
        request.Headers["X-NuGet-ApiKey"] = "local-feed-test-key";

        Assert.True(server.IsPushAllowed(request));
    }

    [Fact]
    public void Environment_key_is_used_when_none_is_passed()
    {
        Environment.SetEnvironmentVariable(FeedDefaults.ApiKeyEnvironmentVariable, "cratepush-tests-api-key");
        try
        {
            Assert.Equal("cratepush-tests-api-key", Environment.GetEnvironmentVariable("CRATEPUSH_API_KEY"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(FeedDefaults.ApiKeyEnvironmentVariable, null);
        }
    }
}
