using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// What the SC5001 fix writes instead of a logged value: <c>nameof(password)</c>, <c>nameof(entry.WorkEmail)</c>,
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
        return IsNameChain(syntax) ? "nameof(" + syntax + ")" : Placeholder;
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

    // password, this.password, user.Credentials.Password: what nameof accepts as written.
    private static bool IsNameChain(SyntaxNode syntax) => syntax switch
    {
        IdentifierNameSyntax => true,
        MemberAccessExpressionSyntax member => member.Expression is not ThisExpressionSyntax && IsNameChain(member.Expression),
        _ => false,
    };
}
