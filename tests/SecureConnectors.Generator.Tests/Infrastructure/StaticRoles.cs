using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Generator.Tests.Infrastructure;

/// <summary>Roles per actor, fixed by the test; remembers who it was asked about.</summary>
internal sealed class StaticRoles : IActorRoleProvider
{
    private readonly Dictionary<string, string[]> rolesByActor;

    public StaticRoles(params (string Actor, string[] Roles)[] actors)
    {
        rolesByActor = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (actor, roles) in actors)
        {
            rolesByActor[actor] = roles;
        }
    }

    public ConcurrentQueue<(string? Actor, string? Tenant)> Asked { get; } = new();

    public Func<Exception>? Failure { get; set; }

    public async ValueTask<IReadOnlyCollection<string>> GetRolesAsync(string? actor, string? tenant, CancellationToken cancellationToken)
    {
        Asked.Enqueue((actor, tenant));

        // Asynchronous on purpose: two actors' calls interleave on one client.
        await Task.Yield();
        if (Failure is { } failure)
        {
            throw failure();
        }

        return actor is not null && rolesByActor.TryGetValue(actor, out var roles) ? roles : Array.Empty<string>();
    }
}
