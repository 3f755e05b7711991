namespace SecureConnectors.Analyzers.Rules.Scopes;

/// <summary>Keys of the diagnostic properties that the scope code fixes read.</summary>
internal static class ScopeDiagnosticProperties
{
    /// <summary>SC3003: the scope that is missing.</summary>
    public const string Scope = "Scope";

    /// <summary>SC3003: metadata name of the projection whose fields need the scope (absent when none do).</summary>
    public const string Projection = "Projection";

    /// <summary>SC3003: the projection's properties that need the scope, comma-separated.</summary>
    public const string Properties = "Properties";

    /// <summary>SC3003: "true" when an operation declares the scope with [Requires] (removing fields cannot help).</summary>
    public const string Declared = "Declared";

    /// <summary>SC3004: the narrower scopes to grant instead, comma-separated.</summary>
    public const string Replacement = "Replacement";
}
