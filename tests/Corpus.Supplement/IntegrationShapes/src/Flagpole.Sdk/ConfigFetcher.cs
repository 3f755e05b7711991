using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Flagpole;

/// <summary>Polls the configuration file; the CDN signs it with an HMAC under the SDK key.</summary>
public sealed class ConfigFetcher(HttpClient http, FlagpoleOptions options, ILogger<ConfigFetcher> logger)
{
    private string? _etag;

    public async Task<string?> FetchAsync(CancellationToken cancellationToken = default)
    {
        var baseUri = options.RelayProxyUri ?? options.BaseUri;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, $"configuration-files/{options.SdkKey}/config_v6.json"));
        if (_etag is not null)
        {
            request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(_etag));
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return null;
        }

        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            logger.LogError("Flagpole refused SDK key {SdkKey} at {BaseUri}",
                options.SdkKey,  // expect: log
                baseUri);
            return null;
        }

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.Headers.TryGetValues("X-Flagpole-Signature", out var values))
        {
            var expectedMac = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.SdkKey), body));
            if (values.FirstOrDefault() != expectedMac)  // expect: timing
            {
                throw new InvalidDataException("Configuration signature mismatch");
            }
        }

        _etag = response.Headers.ETag?.Tag;
        return Encoding.UTF8.GetString(body);
    }
}
