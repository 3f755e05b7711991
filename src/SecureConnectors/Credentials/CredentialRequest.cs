using System;
using System.Collections.Generic;

namespace SecureConnectors;

/// <summary>What a connector asks its <see cref="ICredentialProvider"/> for: a credential for these scopes, for this tenant.</summary>
public sealed class CredentialRequest
{
    /// <summary>Creates the request.</summary>
    public CredentialRequest(string connector, IReadOnlyList<string> scopes, string? tenant)
    {
        Connector = connector ?? throw new ArgumentNullException(nameof(connector));
        Scopes = scopes ?? throw new ArgumentNullException(nameof(scopes));
        Tenant = tenant;
    }

    /// <summary>The connector's name.</summary>
    public string Connector { get; }

    /// <summary>The scopes the call needs (a provider can mint a token with exactly these).</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The tenant the call is made for, when the connector serves several.</summary>
    public string? Tenant { get; }

    /// <summary>
    /// True when the provider answered 401 to the credential this call was given: a cached credential must not be
    /// handed out again; get a new one. The client asks so at most once per call.
    /// </summary>
    public bool ForceRefresh { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Connector} [{string.Join(" ", Scopes)}]{(Tenant is null ? "" : " for tenant '" + Tenant + "'")}{(ForceRefresh ? ", refresh" : "")}";
}
