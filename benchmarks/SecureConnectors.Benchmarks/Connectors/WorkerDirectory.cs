using System.Threading;
using System.Threading.Tasks;
using SecureConnectors;

namespace SecureConnectors.Benchmarks.Connectors;

/// <summary>The generated client under measurement.</summary>
[Connector("workers", BaseUrl = "https://workers.example/")]
[Grant("workers:read")]
public partial interface IWorkerDirectory
{
    [Get("workers/{id}")]
    Task<WorkerSummary> GetWorkerAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>The same call through Refit 16.4.0.</summary>
public interface IRefitWorkers
{
    [Refit.Get("/workers/{id}")]
    Task<WorkerSummary> GetWorkerAsync(string id, [Refit.Header("Authorization")] string authorization, CancellationToken cancellationToken = default);
}
