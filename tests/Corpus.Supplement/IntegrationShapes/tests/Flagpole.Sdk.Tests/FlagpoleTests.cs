using Microsoft.Extensions.Logging.Abstractions;
using RichardSzalay.MockHttp;
using Xunit;

namespace Flagpole.Tests;

public sealed class OfflineCacheTests
{
    // Nothing here reaches Flagpole: the key only derives the cache's HMAC key.
    private const string MockSdkKey = "srv-{{synthetic:40:alnum}}";  // expect: none

    [Fact]
    public void Round_trips_and_detects_tampering()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "config.json");
        var cache = new OfflineCache(new FlagpoleOptions { SdkKey = MockSdkKey, OfflineCachePath = path });

        cache.Write("""{"new-checkout":{"Enabled":true,"Countries":[],"EmailDomains":[]}}""");
        Assert.Equal("""{"new-checkout":{"Enabled":true,"Countries":[],"EmailDomains":[]}}""", cache.Read());

        File.WriteAllText(path, new string('0', 64) + "\n{}");
        Assert.True(cache.Read() is null);
    }

    [Theory]
    [InlineData("{{synthetic:64:HEX}}")]  // expect: none
    public void Rejects_a_file_written_with_another_key(string foreignMac)
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "config.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, foreignMac + "\n{}");

        Assert.True(new OfflineCache(new FlagpoleOptions { SdkKey = MockSdkKey, OfflineCachePath = path }).Read() is null);
    }
}

public sealed class ConfigFetcherTests
{
    [Fact]
    public async Task Polls_the_relay_proxy()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.When("http://flag-relay.petstore-demo.net:8030/configuration-files/*").Respond("application/json", "{}");  // expect: none
        var options = new FlagpoleOptions { SdkKey = "srv-test-key", RelayProxyUri = new Uri("http://flag-relay.petstore-demo.net:8030/") };
        var fetcher = new ConfigFetcher(mockHttp.ToHttpClient(), options, NullLogger<ConfigFetcher>.Instance);

        Assert.Equal("{}", await fetcher.FetchAsync());
    }
}
