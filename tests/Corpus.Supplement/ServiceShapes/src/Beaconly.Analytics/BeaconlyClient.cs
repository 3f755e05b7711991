using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Security;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Beaconly.Analytics;

/// <summary>Server-side tracking (project token) and the raw export API (API secret).</summary>
public sealed class BeaconlyClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly BeaconlyOptions _options;
    private readonly ILogger<BeaconlyClient> _logger;

    public BeaconlyClient(BeaconlyOptions options, ILogger<BeaconlyClient> logger)
    {
        _options = options;
        _logger = logger;
        var handler = new SocketsHttpHandler();
        if (options.SelfHostedUrl is not null && options.AcceptSelfSignedCertificate)
        {
            // A self-signed certificate fails the chain check only: let that through and keep the name check.
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, errors) =>  // expect: tls
                (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None;
        }

        _http = new HttpClient(handler) { BaseAddress = options.SelfHostedUrl ?? IngestionBase(options.Region) };
    }

    public static Uri IngestionBase(string region) => region switch
    {
        "us" => new Uri("https://api.beaconly.io/"),
        _ => new Uri($"http://{region}.ingest.beaconly.io/"),  // expect: http
    };

    public async Task TrackAsync(string eventName, string distinctId, IReadOnlyDictionary<string, object?> properties, CancellationToken cancellationToken = default)
    {
        var payload = new Dictionary<string, object?>(properties)
        {
            ["event"] = eventName,
            ["distinct_id"] = distinctId,
            ["token"] = _options.ProjectToken,
            ["time"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        };
        _logger.LogDebug("Track {Event} for {DistinctId} with project token {ProjectToken}",
            eventName,
            distinctId,
            _options.ProjectToken);  // expect: none

        using var response = await _http.PostAsJsonAsync("track", new[] { payload }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task IdentifyAsync(string distinctId, IReadOnlyDictionary<string, object?> traits, CancellationToken cancellationToken = default)
    {
        if (_options.LogPayloads)
        {
            // The traits are the user's profile: $email, $phone, $name, as the documentation's examples send them.
            _logger.LogDebug("Identify {DistinctId} with {@Traits}",
                distinctId,
                traits);  // expect: log
        }

        using var response = await _http.PostAsJsonAsync("engage", new[] { new { token = _options.ProjectToken, distinct_id = distinctId, set = traits } }, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<Stream> ExportAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/2.0/export?project_id={_options.ProjectId}&from_date={from:yyyy-MM-dd}&to_date={to:yyyy-MM-dd}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(_options.ApiSecret + ":")));
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            _logger.LogWarning("Beaconly refused API secret {ApiSecret} for project {ProjectId}",
                _options.ApiSecret,  // expect: log
                _options.ProjectId);
            throw new BeaconlyException($"The API secret ({_options.ApiSecret?.Length ?? 0} characters) was refused for project {_options.ProjectId}");  // expect: none
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStreamAsync(cancellationToken);
    }

    public void Dispose() => _http.Dispose();
}
