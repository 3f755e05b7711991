namespace SecureConnectors.Analyzers.Generator;

/// <summary>Names of the generator's pipeline steps, so that incrementality tests can find them.</summary>
internal static class TrackingNames
{
    public const string Connectors = nameof(Connectors);
    public const string Projections = nameof(Projections);
    public const string GenerationTarget = nameof(GenerationTarget);
    public const string ConnectorsWithOptions = nameof(ConnectorsWithOptions);
    public const string ManifestSwitch = nameof(ManifestSwitch);
    public const string AssemblyManifest = nameof(AssemblyManifest);
    public const string Enums = nameof(Enums);
}
