using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace MovieNight.Api.Tests;

public sealed class AuthTests(MovieNightApiFactory factory) : IClassFixture<MovieNightApiFactory>
{
    [Fact]
    public async Task Seeded_admin_can_log_in_and_call_me()
    {
        using var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "admin@movienight.dev", password = "Admin@123" });  // expect: none
        var body = await login.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString();
        Console.WriteLine($"token: {token}");  // expect: none

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var me = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Cors_allows_the_angular_client()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/movies");
        request.Headers.Add("Origin", "http://movienight-client.netlify.app");  // expect: none
        request.Headers.Add("Access-Control-Request-Method", "GET");
        using var response = await client.SendAsync(request);

        Assert.Equal("http://movienight-client.netlify.app", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
