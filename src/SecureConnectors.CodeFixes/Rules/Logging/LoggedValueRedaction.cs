using System.Threading;

namespace SecureConnectors.CodeFixes.Rules.Logging;

/// <summary>
/// <c>redactor.Redact(value)</c> in place of a logged value: a string wherever the value was, so it fits wherever
/// the "log the name" fix fits. The call is bound where it will stand before it is offered: it must reach the
/// intended redactor and an overload of <c>Redactor.Redact</c> that returns a string (<c>Redact(string)</c> for text,
/// <c>Redact&lt;T&gt;(T, ...)</c>, which formats the value first, for anything else), else there is no fix.
/// </summary>
internal static class LoggedValueRedaction
{
    public static ExpressionSyntax? Rewrite(SemanticModel model, ExpressionSyntax value, ISymbol redactor, CancellationToken cancellationToken)
    {
        if (model.GetTypeInfo(value, cancellationToken).Type is not { IsRefLikeType: false })
        {
            return null;
        }

        var receiver = SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(Escaped(redactor.Name)));
        var call = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("Redact")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))));

        var position = value.SpanStart;
        var boundReceiver = model.GetSpeculativeSymbolInfo(position, receiver, SpeculativeBindingOption.BindAsExpression).Symbol;
        var boundCall = model.GetSpeculativeSymbolInfo(position, call, SpeculativeBindingOption.BindAsExpression).Symbol;
        return SymbolEqualityComparer.Default.Equals(boundReceiver, redactor)
            && boundCall is IMethodSymbol { Name: "Redact", ReturnType.SpecialType: SpecialType.System_String, ReducedFrom: null }
            ? call.WithTriviaFrom(value)
            : null;
    }

    private static string Escaped(string name) => SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;
}
