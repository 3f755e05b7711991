using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// A value read by a key that says secret: <c>configuration["Stripe:ApiKey"]</c>, <c>arguments["/password"]</c>,
/// <c>row["Password"]</c>, <c>Environment.GetEnvironmentVariable("PARTNER_API_TOKEN")</c>,
/// <c>configuration.GetValue&lt;string&gt;("Ledger:ClientSecret")</c>. The key's last segment (after <c>:</c>, <c>.</c> or
/// <c>/</c>, leading dashes and slashes of a command-line switch dropped) is judged by SC1001's name rules, as a
/// variable's name is. Only constant keys: a key computed at run time says nothing.
/// </summary>
internal static class SecretKeyedReads
{
    private static readonly char[] Separators = { ':', '.', '/' };

    /// <summary>The key's secret-naming segment when the operation reads a value by such a key; null otherwise.</summary>
    public static string? KeyOf(IOperation value)
    {
        var key = value switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                when value.Type?.SpecialType is SpecialType.System_String or SpecialType.System_Object => Constant(indexer.Arguments[0].Value),
            IInvocationOperation { TargetMethod: { Name: "GetEnvironmentVariable", ContainingType.Name: "Environment" }, Arguments.Length: >= 1 } call => Constant(call.Arguments[0].Value),
            IInvocationOperation { TargetMethod: { Name: "GetValue" or "GetConnectionString" }, Arguments.Length: >= 2 } call
                when call.TargetMethod.IsExtensionMethod && value.Type?.SpecialType == SpecialType.System_String => Constant(call.Arguments[1].Value),
            _ => null,
        };

        if (key is null)
        {
            return null;
        }

        var segment = key.TrimEnd(Separators);
        var last = segment.LastIndexOfAny(Separators);
        segment = segment.Substring(last + 1).TrimStart('-');
        return segment.Length > 0 && LoggedSecretNames.SaysSecret(segment) ? segment : null;
    }

    private static string? Constant(IOperation argument) =>
        argument.ConstantValue is { HasValue: true, Value: string text } ? text : null;
}
