using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// A method that returns text (or a task of text) and whose name, after a verb that fetches or makes it, says secret by
/// SC1001's name rules (<see cref="LoggedSecretNames"/>): <c>GetConnectionString()</c>, <c>GetAccessTokenAsync()</c>,
/// <c>BuildBasicCredential()</c>, <c>ApiKey()</c>. Its result is the secret the name says, as a variable's value is.
/// <c>GetTokenEndpoint()</c>, <c>GetSecretName()</c> and <c>ToString()</c> are not.
/// </summary>
internal static class SecretReturningCalls
{
    private static readonly ImmutableHashSet<string> FetchingVerbs = ImmutableHashSet.Create(
        "get", "read", "load", "fetch", "find", "resolve", "build", "create", "make", "generate", "compose", "acquire",
        "request", "retrieve", "obtain", "issue", "refresh", "decrypt", "reveal", "lookup");

    /// <summary>The method's name when it returns the secret its name says; null otherwise.</summary>
    public static string? Names(IMethodSymbol method, bool awaited)
    {
        if (!ReturnsText(method.ReturnType, awaited) || method.Name.StartsWith("To", System.StringComparison.Ordinal))
        {
            return null;
        }

        var words = IdentifierWords.Split(method.Name);
        if (words.Count > 1 && words[words.Count - 1] == "async")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count > 1 && FetchingVerbs.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return words.Count > 0 && LoggedSecretNames.SaysSecret(string.Join("_", words)) ? method.Name + "()" : null;
    }

    // string; Task<string> and ValueTask<string> when awaited (a task itself prints its type's name).
    private static bool ReturnsText(ITypeSymbol type, bool awaited) =>
        type.SpecialType == SpecialType.System_String
        || (awaited && type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task
            && task.TypeArguments[0].SpecialType == SpecialType.System_String);
}
