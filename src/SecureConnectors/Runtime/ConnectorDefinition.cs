using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace SecureConnectors.Runtime;

/// <summary>What the generator read from a <see cref="ConnectorAttribute"/> and its grants. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ConnectorDefinition
{
    /// <summary>Creates the definition.</summary>
    public ConnectorDefinition(
        string name,
        string? baseUrl,
        string? fieldsParameter,
        string? authHeader,
        IReadOnlyList<string> grantedScopes,
        IReadOnlyList<string>? scopeCoverage = null)
        : this(name, baseUrl, fieldsParameter, authHeader, grantedScopes, scopeCoverage, providerErrors: null)
    {
    }

    /// <summary>
    /// Creates the definition of a connector that reports errors inside 2xx answers (<paramref name="providerErrors"/>),
    /// declares data-residency regions (<paramref name="regions"/>: name, base URL, name, base URL...) or has operations on
    /// second hosts (<paramref name="operationBaseUrls"/>: every distinct operation <c>BaseUrl</c>).
    /// </summary>
    public ConnectorDefinition(
        string name,
        string? baseUrl,
        string? fieldsParameter,
        string? authHeader,
        IReadOnlyList<string> grantedScopes,
        IReadOnlyList<string>? scopeCoverage,
        ProviderErrorCheck? providerErrors,
        IReadOnlyList<string>? regions = null,
        IReadOnlyList<string>? operationBaseUrls = null)
    {
        ProviderErrors = providerErrors;
        Name = name ?? throw new ArgumentNullException(nameof(name));
        BaseUri = baseUrl is null ? null : new Uri(baseUrl, UriKind.Absolute);
        FieldsParameter = fieldsParameter;
        AuthHeader = authHeader;
        GrantedScopes = grantedScopes ?? Array.Empty<string>();
        ScopeCoverage = scopeCoverage ?? Array.Empty<string>();
        CoveredScopes = Scopes.ScopeCoverage.Closure(GrantedScopes, ScopeCoverage);
        Regions = RegionEndpoint.FromPairs(regions);
        var hosts = new List<string>();
        if (BaseUri is not null && Regions.Count == 0)
        {
            hosts.Add(BaseUri.IdnHost);
        }

        foreach (var url in operationBaseUrls ?? Array.Empty<string>())
        {
            hosts.Add(new Uri(url, UriKind.Absolute).IdnHost);
        }

        DeclaredHosts = hosts;
    }

    /// <summary>The connector's name.</summary>
    public string Name { get; }

    /// <summary>The declared base address; an HttpClient's BaseAddress stands in for it only on a declared or allowed host.</summary>
    public Uri? BaseUri { get; }

    /// <summary>The query parameter that selects fields, or null.</summary>
    public string? FieldsParameter { get; }

    /// <summary>The header that carries the raw credential, or null for Authorization.</summary>
    public string? AuthHeader { get; }

    /// <summary>Where the provider reports errors inside 2xx answers (<see cref="ProviderErrorsAttribute"/>), or null.</summary>
    public ProviderErrorCheck? ProviderErrors { get; }

    /// <summary>The scopes granted at compile time.</summary>
    public IReadOnlyList<string> GrantedScopes { get; }

    /// <summary>Declared coverage (<see cref="ScopeCoversAttribute"/>), flattened as <c>[scope, covered, ...]</c>.</summary>
    public IReadOnlyList<string> ScopeCoverage { get; }

    /// <summary>
    /// The declared regions by name; empty when the connector declares none. A connector with regions calls only the
    /// region of each call, never <see cref="BaseUri"/>.
    /// </summary>
    internal IReadOnlyDictionary<string, RegionEndpoint> Regions { get; }

    /// <summary>
    /// The hosts the declaration names outside regions (its base address and its operations' second hosts): a call
    /// without a region may reach these (with https).
    /// </summary>
    internal IReadOnlyList<string> DeclaredHosts { get; }

    /// <summary>Every scope the compile-time grant covers.</summary>
    internal HashSet<string> CoveredScopes { get; }
}
