namespace MovieNight.Api.Services;

/// <summary>Movie details from OMDb (the free tier: 1,000 requests a day).</summary>
public sealed class OmdbService(HttpClient http)
{
    // The key from OMDb's sign-up e-mail.
    private const string ApiKey = "{{synthetic:8:hex}}";  // expect: secret
    private const string SearchUrl = "http://www.omdbapi.com/?apikey={0}&t={1}";  // expect: http

    public async Task<string> FindAsync(string title, CancellationToken cancellationToken)
    {
        var url = string.Format(SearchUrl, ApiKey, Uri.EscapeDataString(title));
        Console.WriteLine($"OMDb lookup for '{title}' with key {ApiKey}");  // expect: log
        return await http.GetStringAsync(url, cancellationToken);
    }
}
