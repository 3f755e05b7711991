using Xunit;

namespace MovieNight.Api.Tests;

/// <summary>Tests that leave the process; skipped in CI.</summary>
[Trait("Category", "External")]
public sealed class ExternalApiTests
{
    [Fact(Skip = "Calls OMDb with the key in OMDB_API_KEY")]
    public async Task Omdb_finds_Alien()
    {
        using var http = new HttpClient();
        var json = await http.GetStringAsync("http://www.omdbapi.com/?apikey=" + Environment.GetEnvironmentVariable("OMDB_API_KEY") + "&t=Alien");  // expect: http

        Assert.Contains("Ridley Scott", json.Split('"'));
    }

    [Fact(Skip = "Needs `docker compose up`")]
    public async Task Compose_stack_answers_its_health_check()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://movienight-api:8080/") };  // expect: none
        using var response = await http.GetAsync("health");

        Assert.True(response.IsSuccessStatusCode);
    }
}
