using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Infrastructure;

/// <summary>Attribute arguments have no operation tree in every Roslyn version, so the rules read them from syntax.</summary>
internal static class AttributeArguments
{
    /// <summary>The attribute argument a literal is part of (through concatenation and interpolation), or null.</summary>
    public static AttributeArgumentSyntax? Enclosing(SyntaxNode literal)
    {
        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AttributeArgumentSyntax argument:
                    return argument;
                case ExpressionSyntax:
                case InterpolationSyntax:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }
}
