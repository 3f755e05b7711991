using System.Net.Http.Json;
using Google.Apis.Auth.OAuth2;

namespace CloudShapes.Cinderpeak.Connect.Gcp;

/// <summary>Geocoding of office addresses (commute analytics) and the Google Workspace directory connector.</summary>
public sealed class GoogleApis(HttpClient http)
{
    private const string GeocodingApiKey = "AIza{{synthetic:35:alnum}}";  // expect: secret

    private const string MetadataTokenUrl = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token";  // expect: none

    public static readonly ClientSecrets WorkspaceDirectory = new()
    {
        ClientId = "583920174615-q7r2m9t4v1x8z3b6n0c5k2j7h4g1f9d8.apps.googleusercontent.com",  // expect: none
        ClientSecret = "GOCSPX-{{synthetic:28:alnum}}",  // expect: secret
    };

    public Task<string> GeocodeAsync(string address, CancellationToken ct) =>
        http.GetStringAsync($"https://maps.googleapis.com/maps/api/geocode/json?address={Uri.EscapeDataString(address)}&key={GeocodingApiKey}", ct);  // expect: none

    public async Task<string?> MetadataTokenAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, MetadataTokenUrl);
        request.Headers.Add("Metadata-Flavor", "Google");
        using var response = await http.SendAsync(request, ct);
        var token = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>(ct);
        return token?["access_token"]?.ToString();
    }
}
