using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Whether a string is sent as a request's body: handed to <c>new StringContent(...)</c> directly or through the local
/// it initializes (<c>var subscription = """{ "callback_url": "http://..." }"""; ... new StringContent(subscription)</c>).
/// In test code a JSON document is otherwise data (a recorded response, an input the code under test parses); one
/// the test posts is a request payload, and its URLs are addresses a server will call.
/// </summary>
internal static class RequestBodies
{
    public static bool IsSentAsBody(SyntaxNode literal, SemanticModel model, TransportTypes types, CancellationToken cancellationToken)
    {
        if (types.StringContent is null)
        {
            return false;
        }

        if (IsStringContentArgument(literal, model, types, cancellationToken))
        {
            return true;
        }

        if (literal.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            || model.GetDeclaredSymbol(declarator, cancellationToken) is not ILocalSymbol local
            || declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } block)
        {
            return false;
        }

        foreach (var node in block.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier
                && identifier.Identifier.ValueText == local.Name
                && IsStringContentArgument(identifier, model, types, cancellationToken)
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStringContentArgument(SyntaxNode value, SemanticModel model, TransportTypes types, CancellationToken cancellationToken) =>
        value.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } }
        && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(creation, cancellationToken).Type, types.StringContent);
}
