using Reelarr.Common.Http;
using Reelarr.Core.Configuration;
using Reelarr.Core.Indexers.Definitions;
using Reelarr.Core.Indexers.Newznab;
using Xunit;
using Xunit.Abstractions;

namespace Reelarr.Core.Test.Http;

public sealed class HttpRequestBuilderTests(ITestOutputHelper output)
{
    [Fact]
    public void Builds_the_capabilities_request()
    {
        var request = new HttpRequestBuilder("http://api.nzbharbor.net").Resource("/api").AddQueryParam("t", "caps").Build();  // expect: none
        output.WriteLine(request.Url.ToString());

        Assert.Equal("http://api.nzbharbor.net/api?t=caps", request.Url.ToString());
    }

    [Fact]
    public void Prints_the_search_url_of_every_preset()
    {
        foreach (var preset in NewznabPresets.Defaults())
        {
            output.WriteLine(new HttpRequestBuilder(preset.Settings!.BaseUrl).Resource("api").AddQueryParam("t", "search").Build().Url.ToString());
        }
    }

    [Fact]
    public void Proxy_settings_round_trip()
    {
        var config = new HostConfigResource { ProxyEnabled = true, ProxyUrl = "http://squid.office-gw.net:3128" };  // expect: none

        Assert.Equal("http://squid.office-gw.net:3128", config.ProxyUrl);
    }

    [Fact]
    public void FlareSolverr_host_round_trips()
    {
        var settings = new FlareSolverrSettings();
        settings.Host = "http://flaresolverr.homelab-nas.net:8191/";  // expect: none

        Assert.Equal("http://flaresolverr.homelab-nas.net:8191/", settings.Host);
    }

    [Fact]
    public void Base_url_setter_trims_the_trailing_slash()
    {
        var settings = new TrackerOwlSettings { BaseUrl = "http://trackerowl.cc/" };  // expect: none

        Assert.Equal("http://trackerowl.cc", settings.BaseUrl);
    }
}
