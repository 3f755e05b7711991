using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Generator.Incrementality;

/// <summary>
/// Finds the declarations the generator builds from, as <c>ForAttributeWithMetadataName</c> would but in two stages:
/// a syntax-only candidate search that no alias can fool, and a semantic check that runs only when no earlier parse of
/// the declaration can be reused.
/// </summary>
internal static class AttributedDeclarations
{
    private static readonly ComputedOncePerKey<SyntaxTree, Candidates> PerTree = new();

    /// <summary>
    /// Interfaces with attributes (under any name: a using alias may rename ours). A connector's client is a class of
    /// its own, so the interface need not be partial.
    /// </summary>
    public static ImmutableArray<SyntaxNode> ConnectorCandidates(SyntaxTree tree, CancellationToken cancellationToken) =>
        In(tree, cancellationToken).Connectors;

    /// <summary>
    /// Partial classes and records with attributes: the projection parser builds nothing for a type that is not
    /// partial (its reader goes into it).
    /// </summary>
    public static ImmutableArray<SyntaxNode> ProjectionCandidates(SyntaxTree tree, CancellationToken cancellationToken) =>
        In(tree, cancellationToken).Projections;

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

    // Once per tree object: an edit replaces only the tree it touched.
    private static Candidates In(SyntaxTree tree, CancellationToken cancellationToken) =>
        PerTree.Get(tree, cancellationToken, static (tree, cancellationToken) => Find(tree, cancellationToken));

    // Types are declared only in compilation units, namespaces and other types, so the walk reads member lists and
    // never enters a member: method bodies, most of any file, are not even materialised. An explicit stack, not
    // recursion: nesting depth is the user's to choose.
    private static Candidates Find(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var connectors = ImmutableArray.CreateBuilder<SyntaxNode>();
        var projections = ImmutableArray.CreateBuilder<SyntaxNode>();

        // Pre-order, so candidates come in document order (the order of the generated manifest).
        var pending = new Stack<MemberDeclarationSyntax>();
        if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax root)
        {
            PushInReverse(pending, root.Members);
        }

        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case BaseNamespaceDeclarationSyntax ns:
                    PushInReverse(pending, ns.Members);
                    break;
                case TypeDeclarationSyntax type:
                    Classify(type, connectors, projections);
                    PushInReverse(pending, type.Members);
                    break;
            }
        }

        return new Candidates(connectors.ToImmutable(), projections.ToImmutable());
    }

    private static void PushInReverse(Stack<MemberDeclarationSyntax> pending, SyntaxList<MemberDeclarationSyntax> members)
    {
        for (var i = members.Count - 1; i >= 0; i--)
        {
            pending.Push(members[i]);
        }
    }

    private static void Classify(TypeDeclarationSyntax type, ImmutableArray<SyntaxNode>.Builder connectors, ImmutableArray<SyntaxNode>.Builder projections)
    {
        if (type.AttributeLists.Count == 0)
        {
            return;
        }

        if (type is InterfaceDeclarationSyntax)
        {
            connectors.Add(type);
        }
        else if (type is ClassDeclarationSyntax or RecordDeclarationSyntax && type.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            projections.Add(type);
        }
    }

    private sealed class Candidates(ImmutableArray<SyntaxNode> connectors, ImmutableArray<SyntaxNode> projections)
    {
        public ImmutableArray<SyntaxNode> Connectors { get; } = connectors;

        public ImmutableArray<SyntaxNode> Projections { get; } = projections;
    }
}
