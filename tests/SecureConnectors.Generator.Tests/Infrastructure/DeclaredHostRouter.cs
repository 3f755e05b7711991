using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Generator.Tests.Infrastructure;

/// <summary>
/// Sends requests for declared https hosts to local servers, as a test handler must: the request goes to the local
/// server and its address is restored afterwards, so the client sees the answer come from the address it asked for (a
/// changed address reads as a redirect the handler followed on its own, which the client refuses). Remembers the
/// declared address of every request.
/// </summary>
internal sealed class DeclaredHostRouter : DelegatingHandler
{
    private readonly IReadOnlyDictionary<string, Uri> routes;

    public DeclaredHostRouter(IReadOnlyDictionary<string, Uri> routes)
        : base(new HttpClientHandler { AllowAutoRedirect = false })
    {
        this.routes = routes;
    }

    /// <summary>The address of every request, as the client sent it (before routing).</summary>
    public ConcurrentQueue<Uri> Sent { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var declared = request.RequestUri!;
        Sent.Enqueue(declared);
        if (routes.TryGetValue(declared.Host, out var local))
        {
            request.RequestUri = new Uri(local, declared.PathAndQuery.TrimStart('/'));
        }

        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            request.RequestUri = declared;
        }
    }
}
