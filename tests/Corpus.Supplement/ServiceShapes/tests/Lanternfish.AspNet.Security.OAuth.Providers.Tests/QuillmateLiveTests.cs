using System.Net.Http.Headers;
using System.Text.Json;
using Xunit;

namespace Lanternfish.AspNet.Security.OAuth.Providers.Tests;

/// <summary>Against Quillmate itself with the "Lanternfish CI" app; run by hand before a release.</summary>
[Trait("Category", "Live")]
public sealed class QuillmateLiveTests
{
    private const string CiClientId = "{{synthetic:20:alnum}}";  // expect: none
    private const string CiClientSecret = "{{synthetic:40:alnum}}";  // expect: secret

    [Fact(Skip = "Live: needs the CI user's refresh token in QUILLMATE_CI_REFRESH_TOKEN")]
    public async Task Profile_endpoint_answers_for_a_refreshed_token()
    {
        using var http = new HttpClient();
        using var tokenResponse = await http.PostAsync("https://api.quillmate.com/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = CiClientId,
            ["client_secret"] = CiClientSecret,
            ["refresh_token"] = Environment.GetEnvironmentVariable("QUILLMATE_CI_REFRESH_TOKEN") ?? "",
        }));
        using var json = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        var accessToken = json.RootElement.GetProperty("access_token").GetString();
        Console.WriteLine($"CI access token: {accessToken}");  // expect: log

        using var request = new HttpRequestMessage(HttpMethod.Get, "http://api.quillmate.com/v1/me");  // expect: http
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var profile = await http.SendAsync(request);

        Assert.True(profile.IsSuccessStatusCode);
    }
}
