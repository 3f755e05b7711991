namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// What a nested field inherits from the fields it sits in: where it is (its path prefix and the projection
/// property chain), the scope and classification it falls back to, and the name its top-level object is sent as.
/// </summary>
/// <param name="PathPrefix">The dotted path of the enclosing object with a trailing dot (<c>owner.</c>, <c>labels[].</c>); "" at the root.</param>
/// <param name="PropertyPrefix">The projection property chain with a trailing dot (<c>Owner.</c>); "" at the root.</param>
/// <param name="Sent">The name sent for the top-level object, once known (null at the root).</param>
internal sealed record FieldContext(string PathPrefix, string PropertyPrefix, string? Scope, int Classification, string? Sent)
{
    /// <summary>The default classification (<c>DataClass.Internal</c>).</summary>
    public const int DefaultClassification = 1;

    public static FieldContext Root { get; } = new("", "", null, DefaultClassification, null);
}
