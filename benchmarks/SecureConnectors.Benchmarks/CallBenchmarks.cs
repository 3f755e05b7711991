using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Refit;
using SecureConnectors.Benchmarks.Connectors;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// One whole call against the same Kestrel server on 127.0.0.1 that answers with a 60-field record: the generated
/// client (credential check, transport check, audit object, activity source, projection reader) against a
/// hand-written HttpClient + System.Text.Json source-gen call and against Refit 16.4.0 with the same context.
/// </summary>
[MemoryDiagnoser]
public class CallBenchmarks
{
    // Minted per run, as a credential provider would: no credential is written into the code (SC1001).
    private static readonly string Token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
    private static readonly string Authorization = "Bearer " + Token;
    private WebApplication? server;
    private HttpClient http = default!;
    private IWorkerDirectory generated = default!;
    private IRefitWorkers refit = default!;

    [GlobalSetup]
    public void Setup()
    {
        var payload = WorkerJson.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        server = builder.Build();
        server.MapGet("/workers/{id}", (HttpContext context) =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.Body.WriteAsync(payload).AsTask();
        });
        server.StartAsync().GetAwaiter().GetResult();
        var root = new Uri(server.Urls.First() + "/");

        http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = root };
        generated = new WorkerDirectoryClient(http, new FixedCredential(), audit: null, new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } });
        refit = RestService.For<IRefitWorkers>(http, new RefitSettings(new SystemTextJsonContentSerializer(
            new JsonSerializerOptions { TypeInfoResolver = WorkerJsonContext.Default })));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        http.Dispose();
        server?.StopAsync().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "Hand-written HttpClient + STJ source-gen")]
    public async Task<WorkerSummary> HandWritten()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "workers/w-000123");
        request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(WorkerJsonContext.Default.WorkerSummary))!;
    }

    [Benchmark(Description = "Generated SecureConnectors client")]
    public Task<WorkerSummary> Generated() => generated.GetWorkerAsync("w-000123");

    [Benchmark(Description = "Refit 16.4.0 + STJ source-gen")]
    public Task<WorkerSummary> Refit() => refit.GetWorkerAsync("w-000123", Authorization);

    private sealed class FixedCredential : ICredentialProvider
    {
        private readonly SecretString token = new(Token);

        public ValueTask<ConnectorCredential> GetCredentialAsync(CredentialRequest request, CancellationToken cancellationToken) =>
            new(ConnectorCredential.Bearer(token, DateTimeOffset.UtcNow.AddMinutes(10)));
    }
}
