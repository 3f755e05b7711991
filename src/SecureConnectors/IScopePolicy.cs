#if NET
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors;

/// <summary>
/// Narrows a connector's compile-time grant per tenant at run time ("per customer or for everyone"). The effective
/// grant of a call is the connector's <see cref="GrantAttribute"/> scopes that this policy also returns: a policy
/// can narrow, never widen. Cache the answer yourself; a client asks once per call.
/// </summary>
public interface IScopePolicy
{
    /// <summary>The scopes the tenant (null: no tenant) allows the connector to use.</summary>
    ValueTask<IReadOnlySet<string>> GetGrantedScopesAsync(string connector, string? tenant, CancellationToken cancellationToken);
}
#endif
