using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SecureConnectors;

namespace AcmeHris;

/// <summary>Who holds which role, as your directory would say; asked once per call that a role gates.</summary>
internal sealed class DirectoryRoles : IActorRoleProvider
{
    private static readonly Dictionary<string, string[]> Roles = new(StringComparer.Ordinal)
    {
        ["payroll-bot"] = new[] { "payroll-admin" },
        ["directory-sync"] = Array.Empty<string>(),
    };

    public ValueTask<IReadOnlyCollection<string>> GetRolesAsync(string? actor, string? tenant, CancellationToken cancellationToken) =>
        new(actor is not null && Roles.TryGetValue(actor, out var roles) ? roles : Array.Empty<string>());
}

/// <summary>
/// Sends the declared regional hosts' requests to the local fake (under /eu/ and /us/), the way a test handler does,
/// and restores each request's address afterwards: the client treats a changed address as a redirect the handler
/// followed on its own, and refuses it. Remembers which declared host every request was for.
/// </summary>
internal sealed class RegionalHostsOnLoopback(Uri fake) : DelegatingHandler
{
    public ConcurrentQueue<string> Hosts { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var declared = request.RequestUri!;
        Hosts.Enqueue(declared.Host);
        var region = declared.Host.Split('.')[1];
        request.RequestUri = new Uri(fake, region + declared.PathAndQuery);
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
