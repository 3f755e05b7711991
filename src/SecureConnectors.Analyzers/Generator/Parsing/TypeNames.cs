using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>How types are written into generated code: <c>global::</c>-qualified, with nullable annotations.</summary>
internal static class TypeNames
{
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string FullName(ITypeSymbol type) => type.ToDisplayString(Format);

    /// <summary>For messages: the name as the user wrote it, without <c>global::</c>.</summary>
    public static string ShortName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    public static string? NamespaceOf(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null;
}
