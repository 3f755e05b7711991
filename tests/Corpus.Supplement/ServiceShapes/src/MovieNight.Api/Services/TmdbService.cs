using System.Net.Http.Json;
using System.Text.Json;

namespace MovieNight.Api.Services;

/// <summary>Posters and cast from TMDB (v4 read access token in the client's Authorization header).</summary>
public sealed class TmdbService(HttpClient http)
{
    public Task<JsonElement> GetMovieAsync(int tmdbId, CancellationToken cancellationToken) =>
        http.GetFromJsonAsync<JsonElement>($"movie/{tmdbId}?append_to_response=credits", cancellationToken);
}
