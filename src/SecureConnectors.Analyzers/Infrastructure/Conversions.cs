using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Infrastructure;

/// <summary>The operation without the conversions and parentheses around it: <c>(object)(x)</c> reads as <c>x</c>.</summary>
internal static class Conversions
{
    public static IOperation? Strip(IOperation? operation)
    {
        while (operation is IConversionOperation or IParenthesizedOperation)
        {
            operation = operation is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)operation).Operand;
        }

        return operation;
    }
}
