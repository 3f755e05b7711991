using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Generator.Incrementality;
using Xunit;

namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>The syntax-only search for declarations the generator may build from: where it looks and in what order.</summary>
public sealed class AttributedDeclarationSearchTests
{
    [Fact]
    public void Candidates_come_from_every_level_types_can_be_declared_at_in_document_order()
    {
        var tree = Parse("""
            [A] interface ITop { }
            namespace Outer
            {
                [A] partial class First
                {
                    [A] interface INested { }
                    [A] partial record NestedRecord;
                }

                namespace Inner
                {
                    [A] public partial interface IInner { }
                }

                [A] partial record struct Last;
            }
            """);

        Assert.Equal(new[] { "ITop", "INested", "IInner" }, Names(AttributedDeclarations.ConnectorCandidates(tree, default)));
        Assert.Equal(new[] { "First", "NestedRecord", "Last" }, Names(AttributedDeclarations.ProjectionCandidates(tree, default)));
    }

    [Fact]
    public void File_scoped_namespaces_are_searched()
    {
        var tree = Parse("namespace Acme;\n[A] public partial interface IAcme { }\n");

        Assert.Equal(new[] { "IAcme" }, Names(AttributedDeclarations.ConnectorCandidates(tree, default)));
    }

    [Fact]
    public void Types_without_attributes_and_projections_that_are_not_partial_are_not_candidates()
    {
        var tree = Parse("""
            interface IPlain { }
            [A] class NotPartial { }
            partial class NoAttributes { }
            [A] partial struct Value { }
            [A] enum Kind { One }
            """);

        Assert.Empty(AttributedDeclarations.ConnectorCandidates(tree, default));
        Assert.Empty(AttributedDeclarations.ProjectionCandidates(tree, default));
    }

    [Fact]
    public void Types_nested_at_any_depth_are_found()
    {
        const int depth = 500;
        var source = string.Concat(Enumerable.Repeat("partial class C { ", depth)) + "[A] partial class Deepest { }" + new string('}', depth);

        var candidates = AttributedDeclarations.ProjectionCandidates(Parse(source), default);

        Assert.Equal(new[] { "Deepest" }, Names(candidates));
    }

    private static Microsoft.CodeAnalysis.SyntaxTree Parse(string text) => CSharpSyntaxTree.ParseText(text, Infrastructure.GeneratorHarness.ParseOptions);

    private static string[] Names(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.SyntaxNode> nodes) =>
        nodes.Cast<TypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).ToArray();
}
