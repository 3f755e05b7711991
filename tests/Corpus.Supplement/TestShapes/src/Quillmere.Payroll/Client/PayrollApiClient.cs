using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TestShapes.Quillmere.Payroll.Http;

namespace TestShapes.Quillmere.Payroll.Client;

public sealed record EmployeeDto(string Id, string DisplayName, string WorkEmail, string Iban);

public sealed record PayRunDto(string Id, string Status, decimal GrossTotal, string Currency);

public sealed class PayrollApiException(string message) : Exception(message);

/// <summary>The typed client the web app, the worker and the tests use.</summary>
public sealed class PayrollApiClient
{
    private readonly HttpClient _http;
    private readonly string _apiKey;
    private readonly ILogger<PayrollApiClient> _logger;

    public PayrollApiClient(HttpClient http, IOptions<PayrollApiClientOptions> options, ILogger<PayrollApiClient> logger)
    {
        var settings = options.Value;
        var baseAddress = new Uri(settings.BaseUrl);
        HttpsOnlyGuard.EnsureHttps(baseAddress);
        _http = http;
        _http.BaseAddress ??= baseAddress;
        _apiKey = settings.ApiKey;
        _logger = logger;
        _http.DefaultRequestHeaders.Add(PayrollApiClientOptions.ApiKeyHeaderName, _apiKey);
        _logger.LogDebug("Payroll client for {BaseUrl} configured with key {KeyPrefix}", baseAddress, _apiKey.Substring(0, 12));  // expect: log
    }

    public Task<EmployeeDto?> GetEmployeeAsync(string id, CancellationToken cancellationToken = default)
        => _http.GetFromJsonAsync<EmployeeDto>($"employees/{Uri.EscapeDataString(id)}", cancellationToken);

    public async Task<PayRunDto> StartPayRunAsync(string period, CancellationToken cancellationToken = default)
    {
        using var response = await _http.PostAsJsonAsync("payruns", new { period }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new PayrollApiException($"Pay run {period} rejected ({(int)response.StatusCode}) for the key ending {_apiKey[^4..]}");  // expect: none
        }

        _logger.LogInformation("Pay run {Period} started; key length {KeyLength}", period, _apiKey.Length);  // expect: none
        return (await response.Content.ReadFromJsonAsync<PayRunDto>(cancellationToken))!;
    }
}
