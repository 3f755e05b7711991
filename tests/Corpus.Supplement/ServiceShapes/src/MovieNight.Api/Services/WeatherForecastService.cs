using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace MovieNight.Api.Services;

/// <summary>"Is it a good night for the open-air screening?": WeatherAPI.com's forecast.</summary>
public sealed class WeatherForecastService(HttpClient http, IConfiguration configuration, ILogger<WeatherForecastService> logger)
{
    public async Task<JsonDocument?> GetForecastAsync(string city, int days, CancellationToken cancellationToken)
    {
        var apiKey = configuration["WeatherApi:ApiKey"];
        var url = $"forecast.json?key={apiKey}&q={Uri.EscapeDataString(city)}&days={days}";
        logger.LogInformation("Calling WeatherAPI: {Url}",
            http.BaseAddress + url);  // expect: log

        using var response = await http.GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("WeatherAPI answered {Status} for {City}", response.StatusCode, city);
            return null;
        }

        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }
}
