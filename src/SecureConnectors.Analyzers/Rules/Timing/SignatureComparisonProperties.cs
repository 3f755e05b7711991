namespace SecureConnectors.Analyzers.Rules.Timing;

/// <summary>Diagnostic properties that tell the SC1004 code fix how to rewrite a comparison.</summary>
internal static class SignatureComparisonProperties
{
    /// <summary>How the operands become bytes: <see cref="Bytes"/>, <see cref="Utf8"/>; absent when no fix is safe.</summary>
    public const string Operands = "Operands";

    /// <summary>"true" when the comparison asks for inequality (<c>!=</c>).</summary>
    public const string Negated = "Negated";

    /// <summary>Both operands are byte arrays or byte spans: compared as they are.</summary>
    public const string Bytes = "Bytes";

    /// <summary>Both operands are strings compared ordinally: compared as their UTF-8 bytes, which is equal exactly when the strings are.</summary>
    public const string Utf8 = "Utf8";
}
