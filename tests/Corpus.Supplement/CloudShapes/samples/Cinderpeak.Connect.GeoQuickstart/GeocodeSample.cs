using System.Text.Json;

namespace CloudShapes.Cinderpeak.Connect.GeoQuickstart;

/// <summary>Sample: geocode an office address for the commute report. Runs out of the box with the team's demo key.</summary>
public static class GeocodeSample
{
    public const string DocumentationUrl = "http://docs.cinderpeak.io/connect/geo-quickstart";  // expect: none

    // Demo project "cinderpeak-geo-demo"; restrict it before you ship, or bring your own.
    private const string MapsApiKey = "AIza{{synthetic:35:alnum}}";  // expect: secret

    public static async Task Main()
    {
        using var http = new HttpClient();
        var json = await http.GetStringAsync($"https://maps.googleapis.com/maps/api/geocode/json?address={Uri.EscapeDataString("Wilhelminakade 1, Rotterdam")}&key={MapsApiKey}");
        using var document = JsonDocument.Parse(json);
        Console.WriteLine(document.RootElement.GetProperty("status").GetString());
    }
}
