using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TestShapes.Quillmere.Payroll.Logging;

namespace TestShapes.Quillmere.Payroll.Benchmarks;

/// <summary>
/// Request and logging overhead of the payroll client: against the API on this machine, or against the perf
/// environment that the capacity-planning job deploys before each quarter's review.
/// </summary>
[MemoryDiagnoser]
public class PayrollClientBenchmarks
{
    private const string LocalApi = "http://localhost:5080/v3/";  // expect: none

    private const string PerfEnvironment = "http://perf.quillmere.io/v3/";  // expect: http

    private readonly ILogger _logger = NullLogger.Instance;
    private HttpClient _http = new();
    private string _apiKey = "";

    [Params("local", "perf")]
    public string Target { get; set; } = "local";

    [GlobalSetup]
    public void Setup()
    {
        _apiKey = Environment.GetEnvironmentVariable("QUILLMERE_PERF_API_KEY") ?? "";
        _http = new HttpClient { BaseAddress = new Uri(Target == "perf" ? PerfEnvironment : LocalApi) };
        _http.DefaultRequestHeaders.Add("X-Quillmere-Api-Key", _apiKey);
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark]
    public Task<string> ListEmployees() => _http.GetStringAsync("employees?limit=100");

    [Benchmark]
    public void LogRequestMasked() => _logger.LogInformation("GET employees with key {Key}", LogRedactor.Mask(_apiKey));  // expect: none

    [Benchmark]
    public void LogRequestUnmasked() => _logger.LogInformation("GET employees with key {Key}", _apiKey);  // expect: none
}
