using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// A key written as bytes: <c>static readonly byte[] SigningKey = { 0x3f, 0x91, ... }</c>, <c>new byte[] { ... }</c>
/// or <c>[0x3f, 0x91, ...]</c> given to a member or local whose name says key, secret or token. Syntax only: at
/// least 16 integer literals with at least 8 distinct values (a lookup table or a run of zeros is not a key).
/// </summary>
internal static class ByteKeyInitializers
{
    private const int LeastBytes = 16;
    private const int LeastDistinct = 8;

    /// <summary>The receiving name when <paramref name="initializer"/> is such a key, or null.</summary>
    public static string? SecretNameFor(SyntaxNode initializer)
    {
        var elements = initializer switch
        {
            InitializerExpressionSyntax list when list.IsKind(SyntaxKind.ArrayInitializerExpression) => ElementsOf(list.Expressions),
            CollectionExpressionSyntax collection => ElementsOf(collection.Elements),
            _ => null,
        };
        if (elements is null || !LooksLikeKeyMaterial(elements))
        {
            return null;
        }

        var name = ReceivingName(initializer);
        return name is not null && SecretNames.Classify(name) == SecretKind.Secret ? name : null;
    }

    /// <summary>
    /// A literal turned into bytes where it is written: the argument of <c>Encoding.*.GetBytes</c>,
    /// <c>Convert.FromBase64String</c> or <c>Convert.FromHexString</c> (key bytes written as text). Not when the bytes
    /// are turned back into text at once (<c>Convert.ToBase64String(Encoding.UTF8.GetBytes("user:password"))</c>, a
    /// Basic credential): that is an encoding of a credential, not key material.
    /// </summary>
    public static bool IsConvertedToBytes(SyntaxNode literal) =>
        literal.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax call } conversion } }
        && !(conversion.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax encoding } } }
            && encoding.Name.Identifier.ValueText.StartsWith("To", System.StringComparison.Ordinal))
        && call.Name.Identifier.ValueText switch
        {
            "GetBytes" => call.Expression.ToString().IndexOf("Encoding", System.StringComparison.Ordinal) >= 0,
            "FromBase64String" or "FromHexString" => call.Expression is IdentifierNameSyntax { Identifier.ValueText: "Convert" }
                || call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Convert" },
            _ => false,
        };

    private static List<ExpressionSyntax>? ElementsOf(SeparatedSyntaxList<ExpressionSyntax> expressions)
    {
        var result = new List<ExpressionSyntax>(expressions.Count);
        result.AddRange(expressions);
        return result;
    }

    private static List<ExpressionSyntax>? ElementsOf(SeparatedSyntaxList<CollectionElementSyntax> elements)
    {
        var result = new List<ExpressionSyntax>(elements.Count);
        foreach (var element in elements)
        {
            if (element is not ExpressionElementSyntax expression)
            {
                return null;
            }

            result.Add(expression.Expression);
        }

        return result;
    }

    private static bool LooksLikeKeyMaterial(List<ExpressionSyntax> elements)
    {
        if (elements.Count < LeastBytes)
        {
            return false;
        }

        var distinct = new HashSet<object>();
        foreach (var element in elements)
        {
            var literal = element is CastExpressionSyntax cast ? cast.Expression : element;
            if (literal is not LiteralExpressionSyntax { Token.Value: { } value } number || !number.IsKind(SyntaxKind.NumericLiteralExpression))
            {
                return false;
            }

            distinct.Add(value);
        }

        return distinct.Count >= LeastDistinct;
    }

    // The field, property, local or assigned member that receives the array.
    private static string? ReceivingName(SyntaxNode initializer)
    {
        var node = initializer.Parent is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax ? initializer.Parent : initializer;
        return node.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } => variable.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
            ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } => name.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax member } => member.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
