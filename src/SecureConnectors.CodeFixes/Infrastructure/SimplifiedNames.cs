using System.Linq;
using Microsoft.CodeAnalysis.Simplification;

namespace SecureConnectors.CodeFixes.Infrastructure;

/// <summary>
/// Code that a fix inserts is written with global:: names, so it is correct whatever the file imports; marking
/// every name for the simplifier lets it come out as short as the file allows (Environment, not global::System.Environment).
/// </summary>
internal static class SimplifiedNames
{
    public static T Annotate<T>(T node)
        where T : SyntaxNode =>
        node.ReplaceNodes(
                node.DescendantNodes().Where(static n => n is NameSyntax or MemberAccessExpressionSyntax),
                static (_, rewritten) => rewritten.WithAdditionalAnnotations(Simplifier.Annotation))
            .WithAdditionalAnnotations(Simplifier.Annotation);
}
