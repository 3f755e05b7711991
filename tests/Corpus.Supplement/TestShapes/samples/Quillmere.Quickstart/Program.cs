using System.Net.Http.Json;
using TestShapes.Quillmere.Payroll.Client;

namespace TestShapes.Quillmere.Quickstart;

/// <summary>Quickstart from the developer portal: list a few employees, then start a sandbox pay run.</summary>
public static class QuickstartProgram
{
    public static async Task RunAsync(CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://api.quillmere.com/v3/") };  // expect: http
        http.DefaultRequestHeaders.Add(PayrollApiClientOptions.ApiKeyHeaderName, "<your-api-key>");  // expect: none
        var employees = await http.GetFromJsonAsync<List<EmployeeDto>>("employees?limit=5", cancellationToken);
        Console.WriteLine($"{employees?.Count ?? 0} employees");

        // The developer-relations sandbox account, so that the sample runs without signing up.
        var sandbox = new PayrollApiClientOptions
        {
            BaseUrl = "https://sandbox.api.quillmere.com/v3/",
            ApiKey = "qm_sbx_{{synthetic:32:alnum}}",  // expect: secret
        };
        using var sandboxHttp = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl) };
        sandboxHttp.DefaultRequestHeaders.Add(PayrollApiClientOptions.ApiKeyHeaderName, sandbox.ApiKey);
        using var response = await sandboxHttp.PostAsJsonAsync("payruns", new { period = "2026-03" }, cancellationToken);
        Console.WriteLine($"Sandbox pay run: {(int)response.StatusCode}");
    }
}
