using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// What the SC5001 fix writes instead of a logged value: <c>nameof(password)</c>, <c>nameof(entry.WorkEmail)</c>,
/// <c>nameof(repository.Owner.Login)</c> for <c>repository.Owner?.Login</c>,
/// <c>nameof(secret)</c> for <c>secret.Reveal()</c>, else the placeholder <c>"[redacted]"</c>. Null (no fix) where a
/// string would not fit: the value is not used as text or an object there (a typed <c>[LoggerMessage]</c>
/// parameter, the receiver of <c>secret.Substring(0, 4)</c>).
/// </summary>
internal static class LogReplacement
{
    /// <summary>The diagnostic property that carries the replacement text.</summary>
    public const string Property = "Replacement";

    public const string Placeholder = "\"[redacted]\"";

    public static string? For(IOperation value)
    {
        if (!TakesText(value))
        {
            return null;
        }

        var syntax = value is IInvocationOperation { Instance: { } instance } ? instance.Syntax : value.Syntax;
        return NameChain(syntax) is { } chain ? "nameof(" + chain + ")" : Placeholder;
    }

    private static bool TakesText(IOperation value)
    {
        var parent = value.Parent;
        var target = parent switch
        {
            IConversionOperation conversion => conversion.Type,
            IArgumentOperation argument => argument.Parameter?.Type,
            IInterpolationOperation => null,
            IBinaryOperation binary => binary.Type,
            _ => value.Type,
        };
        if (parent is IInterpolationOperation)
        {
            return true;
        }

        if (parent is not (IConversionOperation or IArgumentOperation or IBinaryOperation or IArrayInitializerOperation))
        {
            return false;
        }

        if (parent is IArrayInitializerOperation initializer)
        {
            target = (initializer.Parent?.Type as IArrayTypeSymbol)?.ElementType;
        }

        return target?.SpecialType is SpecialType.System_String or SpecialType.System_Object;
    }

    // password, user.Credentials.Password, and with ?. and ! dropped (repository.Owner?.Login): what nameof accepts.
    private static string? NameChain(SyntaxNode syntax) => syntax switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member when member.Expression is not ThisExpressionSyntax =>
            NameChain(member.Expression) is { } left ? left + "." + member.Name.Identifier.ValueText : null,
        PostfixUnaryExpressionSyntax suppressed when suppressed.OperatorToken.ValueText == "!" => NameChain(suppressed.Operand),
        ConditionalAccessExpressionSyntax access =>
            NameChain(access.Expression) is { } receiver && BoundChain(access.WhenNotNull) is { } rest ? receiver + rest : null,
        _ => null,
    };

    // The part after "?.": .Login, .Owner.Login, .Owner?.Login, as ".Login" text.
    private static string? BoundChain(SyntaxNode syntax) => syntax switch
    {
        MemberBindingExpressionSyntax binding => "." + binding.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax member => BoundChain(member.Expression) is { } left ? left + "." + member.Name.Identifier.ValueText : null,
        PostfixUnaryExpressionSyntax suppressed when suppressed.OperatorToken.ValueText == "!" => BoundChain(suppressed.Operand),
        ConditionalAccessExpressionSyntax access => BoundChain(access.Expression) is { } first && BoundChain(access.WhenNotNull) is { } rest ? first + rest : null,
        _ => null,
    };
}
