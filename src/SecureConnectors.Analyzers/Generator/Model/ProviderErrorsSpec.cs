namespace SecureConnectors.Analyzers.Generator.Model;

/// <summary>Where a provider reports errors inside 2xx answers: the flag's dotted path and, optionally, the code's.</summary>
internal sealed record ProviderErrorsSpec(string OkPath, string? CodePath);
