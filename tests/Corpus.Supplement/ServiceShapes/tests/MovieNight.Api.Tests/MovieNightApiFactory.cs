using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MovieNight.Api;
using MovieNight.Api.Services;

namespace MovieNight.Api.Tests;

/// <summary>The API in process, with a test signing key and a canned WeatherAPI answer.</summary>
public sealed class MovieNightApiFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Jwt:Key", "integration-tests-jwt-signing-key-0001");  // expect: none
        builder.UseSetting("SeedAdmin:Password", "Admin@123");  // expect: none
        builder.UseSetting("WeatherApi:BaseUrl", "http://api.weatherapi.com/v1/");  // expect: none
        builder.ConfigureTestServices(services => services
            .AddHttpClient<WeatherForecastService>()
            .ConfigurePrimaryHttpMessageHandler(() => new CannedWeather()));
    }

    private sealed class CannedWeather : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"forecast":{"forecastday":[{"day":{"daily_chance_of_rain":10}}]}}""", Encoding.UTF8, "application/json"),
            });
    }
}
