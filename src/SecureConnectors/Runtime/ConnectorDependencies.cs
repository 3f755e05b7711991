using System.ComponentModel;

namespace SecureConnectors.Runtime;

/// <summary>
/// What a generated client takes from the container besides its HttpClient, resolved by
/// <see cref="ConnectorRegistration"/> for each client it creates.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ConnectorDependencies
{
    internal ConnectorDependencies(
        ICredentialProvider credentials,
        IConnectorAuditSink? audit,
        ConnectorOptions options,
#if NET
        IScopePolicy? scopePolicy,
#endif
        IActorRoleProvider? roles)
    {
        Credentials = credentials;
        Audit = audit;
        Options = options;
#if NET
        ScopePolicy = scopePolicy;
#endif
        Roles = roles;
    }

    /// <summary>The container's credential provider (required).</summary>
    public ICredentialProvider Credentials { get; }

    /// <summary>The container's audit sink, if any.</summary>
    public IConnectorAuditSink? Audit { get; }

    /// <summary>The named options of the client, validated.</summary>
    public ConnectorOptions Options { get; }

#if NET
    /// <summary>The container's scope policy, if any.</summary>
    public IScopePolicy? ScopePolicy { get; }
#endif

    /// <summary>The container's actor role provider, if any.</summary>
    public IActorRoleProvider? Roles { get; }
}
