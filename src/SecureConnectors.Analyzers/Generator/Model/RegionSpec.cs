namespace SecureConnectors.Analyzers.Generator.Model;

/// <summary>A declared data-residency region: <c>[Region("eu", BaseUrl = "https://...")]</c>.</summary>
internal sealed record RegionSpec(string Name, string BaseUrl);
