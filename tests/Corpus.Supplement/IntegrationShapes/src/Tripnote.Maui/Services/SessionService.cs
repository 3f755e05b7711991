using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Maui.Storage;

namespace Tripnote.Maui.Services;

public sealed record TokenResponse(string AccessToken, string RefreshToken, DateTimeOffset ExpiresAt);

public sealed class SessionService(IHttpClientFactory clients)
{
    public async Task SignInAsync(string email, string password)
    {
        var http = clients.CreateClient("api");
        using var response = await http.PostAsJsonAsync("auth/token", new { username = email, password, grant_type = "password" });  // expect: none
        var tokens = await response.Content.ReadFromJsonAsync<TokenResponse>() ?? throw new InvalidOperationException("Empty token response");

        await SecureStorage.Default.SetAsync("refresh_token", tokens.RefreshToken);  // expect: none
        Debug.WriteLine($"Signed in, access token {tokens.AccessToken}");  // expect: log
        Debug.WriteLine($"Session expires at {tokens.ExpiresAt:O}");
    }
}
