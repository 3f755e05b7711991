using System.Text.Json;
using ToolShapes.Snipdock.Infrastructure;

namespace ToolShapes.Snipdock.Plugins.Weather;

public sealed class WeatherPluginSettings
{
    public string City { get; set; } = "Oslo";

    public string Units { get; set; } = "metric";

    /// <summary>The user's own OpenWeatherMap key, from the plugin's settings page.</summary>
    public string? ApiKey { get; set; }
}

/// <summary>"w oslo" in the launcher: current weather from OpenWeatherMap.</summary>
public sealed class WeatherPlugin(HttpClient http, WeatherPluginSettings settings)
{
    // The project's shared free-tier key, for users who have not entered their own (60 calls a minute across all users).
    private const string SharedApiKey = "{{synthetic:32:hex}}";  // expect: secret

    public async Task<string> QueryAsync(string? city, CancellationToken cancellationToken)
    {
        var key = string.IsNullOrWhiteSpace(settings.ApiKey) ? SharedApiKey : settings.ApiKey;
        var url = $"http://api.openweathermap.org/data/2.5/weather?q={Uri.EscapeDataString(city ?? settings.City)}&units={settings.Units}&appid={key}";  // expect: http
        Log.Debug($"Weather request {url}");  // expect: log

        using var response = await http.GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            Log.Info($"OpenWeatherMap answered {(int)response.StatusCode} for {city ?? settings.City}");
            return "Weather unavailable";
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var main = json.RootElement.GetProperty("main");
        return $"{main.GetProperty("temp").GetDouble():0.#}° in {json.RootElement.GetProperty("name").GetString()}";
    }
}
