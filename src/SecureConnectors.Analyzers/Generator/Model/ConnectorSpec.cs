namespace SecureConnectors.Analyzers.Generator.Model;

/// <summary>Everything the emitter needs to write one connector's client; strings and values only.</summary>
internal sealed record ConnectorSpec(
    string? Namespace,
    string InterfaceName,
    string InterfaceFullName,
    string ClientName,
    bool IsPublic,
    string ConnectorName,
    string? BaseUrl,
    string? FieldsParameter,
    string? AuthHeader,
    EquatableArray<string> GrantedScopes,
    EquatableArray<string> ScopeCoverage,
    EquatableArray<OperationSpec> Operations,
    ProviderErrorsSpec? ProviderErrors,
    EquatableArray<UnbuildableMemberSpec> UnbuildableMembers)
{
    /// <summary>The declared data-residency regions; a connector with regions calls only the region of each call.</summary>
    public EquatableArray<RegionSpec> Regions { get; init; }

    /// <summary>Told apart in its source's name from an interface whose name differs only in case (source names ignore case).</summary>
    public string HintSuffix { get; init; } = "";
}
