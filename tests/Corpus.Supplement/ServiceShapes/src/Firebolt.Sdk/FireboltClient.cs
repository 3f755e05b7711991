using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Firebolt;

/// <summary>The REST (PostgREST-style) part of the SDK.</summary>
public sealed class FireboltClient(HttpClient http, FireboltOptions options, ILogger<FireboltClient> logger)
{
    public async Task<JsonDocument> InsertAsync(string table, object row, bool asService, CancellationToken cancellationToken = default)
    {
        var key = asService
            ? options.ServiceRoleKey ?? throw new InvalidOperationException($"{nameof(options.ServiceRoleKey)} is not set")
            : options.AnonKey;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.ProjectUrl, $"rest/v1/{table}"))
        {
            Content = JsonContent.Create(row),
        };
        request.Headers.Add("apikey", key);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        logger.LogTrace("POST {Uri} with headers {Headers}",
            request.RequestUri,
            request.Headers);  // expect: log

        using var response = await http.SendAsync(request, cancellationToken);
        logger.LogTrace("{Status} with headers {Headers}",
            response.StatusCode,
            response.Headers);  // expect: none
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new FireboltException(asService
                ? $"The service-role key was refused; check {nameof(options.ServiceRoleKey)}"  // expect: none
                : $"The anon key {options.AnonKey} was refused by {options.ProjectUrl}");  // expect: none
        }

        response.EnsureSuccessStatusCode();
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
    }
}
