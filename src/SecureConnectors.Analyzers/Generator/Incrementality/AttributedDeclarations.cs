using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Generator.Incrementality;

/// <summary>
/// Finds the declarations the generator builds from, as <c>ForAttributeWithMetadataName</c> would but in two stages:
/// a syntax-only candidate test that no alias can fool, and a semantic check that runs only when no earlier parse of
/// the declaration can be reused.
/// </summary>
internal static class AttributedDeclarations
{
    /// <summary>
    /// An interface that could carry a generator attribute: it has attributes, under any name (a using alias may
    /// rename ours). A connector's client is a class of its own, so the interface need not be partial.
    /// </summary>
    public static bool IsConnectorCandidate(SyntaxNode node) =>
        node is InterfaceDeclarationSyntax { AttributeLists.Count: > 0 };

    /// <summary>
    /// A class or record that could carry a generator attribute and be generated into: it has attributes (under any
    /// name) and is partial (the projection parser builds nothing for a type that is not: its reader goes into it).
    /// </summary>
    public static bool IsProjectionCandidate(SyntaxNode node) =>
        node is (ClassDeclarationSyntax or RecordDeclarationSyntax) and TypeDeclarationSyntax { AttributeLists.Count: > 0 } declaration
        && declaration.Modifiers.Any(SyntaxKind.PartialKeyword);

    /// <summary>
    /// The declared type when this very declaration (not another partial part of the type) applies the attribute.
    /// </summary>
    public static INamedTypeSymbol? Carrying(SyntaxNode declaration, SemanticModel model, INamedTypeSymbol? attribute, CancellationToken cancellationToken)
    {
        if (attribute is null || model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type)
        {
            return null;
        }

        var applied = type.GetAttributes().Any(a =>
            SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)
            && a.ApplicationSyntaxReference is { } application
            && application.SyntaxTree == declaration.SyntaxTree
            && declaration.Span.Contains(application.Span));
        return applied ? type : null;
    }
}
