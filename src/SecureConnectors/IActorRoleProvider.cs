using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors;

/// <summary>
/// The roles an actor holds, for operations declared with <see cref="RolesAttribute"/> and for fields classified
/// <see cref="DataClass.Restricted"/> when <see cref="ConnectorOptions.RestrictedDataRoles"/> has entries. Asked once
/// per call that needs it, with the call's actor and tenant (a <see cref="ConnectorContext"/> scope, else the options).
/// </summary>
public interface IActorRoleProvider
{
    /// <summary>The roles <paramref name="actor"/> holds in <paramref name="tenant"/>; empty when none (or no actor).</summary>
    ValueTask<IReadOnlyCollection<string>> GetRolesAsync(string? actor, string? tenant, CancellationToken cancellationToken);
}
