using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Infrastructure;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.Analyzers.Rules.Timing;

/// <summary>
/// A shared secret checked as it was sent: one side's name says secret, key or token (SC1001's names: <c>apiKey</c>,
/// <c>secret</c>, <c>WebhookToken</c>) and the other side is what a caller presented, by its name (a word header,
/// request, provided, presented, incoming, received, supplied, submitted or extracted: <c>extractedApiKey</c>,
/// <c>legacySecretHeader</c>), by where it is read (any <c>Headers</c>, <c>Query</c>, <c>Form</c> or <c>Cookies</c>:
/// <c>context.Request.Headers[...]</c>), or by whose member it is (<c>request.ApiKey</c>); or both sides say secret and one
/// is named the expected value (<c>hello.ApiKey != expectedApiKey</c>). The
/// comparison's timing gives the secret away byte by byte as it does a signature's, and more directly. Two values the
/// code holds itself (<c>token == cachedToken</c>, an <c>Equals</c> member comparing options) are not this.
/// </summary>
internal static class SharedSecretComparisons
{
    public static string? Describe(IOperation left, IOperation right) =>
        SecretName(left) is { } secret && IsPresented(right) ? secret
        : SecretName(right) is { } other && IsPresented(left) ? other
        : AgainstExpected(left, right) ?? AgainstExpected(right, left);

    // hello.ApiKey != expectedApiKey: two secrets of one kind, one named as the expected value; the other is what was
    // presented, wherever it was read from. A bare token on either side (token == expectedToken) is as often a parser's
    // token (an HTTP header's list of them), so it is left to the other clues.
    private static string? AgainstExpected(IOperation expected, IOperation presented) =>
        SecretName(expected) is { } name && NamesExpected(name) && !IsBareToken(name)
        && SecretName(presented) is { } other && !NamesExpected(other) && !IsBareToken(other)
            ? name
            : null;

    private static bool NamesExpected(string name) => IdentifierWords.Split(name).Contains("expected");

    private static bool IsBareToken(string name)
    {
        var words = IdentifierWords.Split(name);
        words.Remove("expected");
        return words.Count == 1 && words[0] is "token" or "tokens";
    }

    // ApiKey, and ApiKeys/Secrets/Tokens: a list of them, which Contains walks comparing each in turn.
    private static string? SecretName(IOperation operand) =>
        NameOf(operand) is { } name
        && (SecretNames.Classify(name) == SecretKind.Secret
            || (name.Length > 1 && name[name.Length - 1] == 's' && SecretNames.Classify(name.Substring(0, name.Length - 1)) == SecretKind.Secret))
            ? name
            : null;

    private static bool IsPresented(IOperation operand) =>
        (NameOf(operand) is { } name && NamesPresented(name)) || ReachesRequest(operand, 0);

    // context.Request.Headers["X-Api-Key"], message.Headers[...], request.ApiKey: read from what the caller sent, where it
    // is compared; or a step or two back, through a local's initializer or the call that wrote it as an out argument
    // (var apiKey = headerValues.ToString() after Request.Headers.TryGetValue(name, out var headerValues)).
    private static bool ReachesRequest(IOperation? value, int depth)
    {
        if (depth > 3)
        {
            return false;
        }

        var start = Conversions.Strip(value);
        for (var current = start; current is not null;)
        {
            switch (current)
            {
                case IPropertyReferenceOperation property:
                    if (property.Property.Name is "Headers" or "Query" or "Form" or "Cookies")
                    {
                        return true;
                    }

                    current = property.Instance;
                    continue;
                case IInvocationOperation invocation:
                    // presented.FirstOrDefault(), values.ToString(): an extension method's receiver is its first argument.
                    current = invocation.Instance
                        ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
                    continue;
                case IParameterReferenceOperation or ILocalReferenceOperation when !ReferenceEquals(current, start) && NameOf(current) is { } root && NamesPresented(root):
                    return true;
                case ILocalReferenceOperation local:
                    return ReachesRequest(LocalInitializers.Of(local) ?? WrittenAsOutArgument(local), depth + 1);
                default:
                    return false;
            }
        }

        return false;
    }

    // The call whose out argument declares the local: Request.Headers.TryGetValue("X-Api-Key", out var headerValues).
    private static IInvocationOperation? WrittenAsOutArgument(ILocalReferenceOperation reference)
    {
        IOperation root = reference;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is ILocalReferenceOperation { IsDeclaration: true } declared
                && SymbolEqualityComparer.Default.Equals(declared.Local, reference.Local)
                && declared.Parent is IDeclarationExpressionOperation { Parent: IArgumentOperation { Parent: IInvocationOperation call } })
            {
                return call;
            }
        }

        return null;
    }

    private static bool NamesPresented(string name)
    {
        foreach (var word in IdentifierWords.Split(name))
        {
            if (word is "header" or "headers" or "request" or "provided" or "presented" or "incoming" or "received" or "supplied" or "submitted" or "extracted")
            {
                return true;
            }
        }

        return false;
    }

    private static string? NameOf(IOperation operand) => Conversions.Strip(operand) switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
        _ => null,
    };
}
