using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// The identifier half of a key pair: a member named for a key (<c>AccessKey</c>, <c>ApiKey</c>, <c>ConsumerKey</c>) of a
/// type that also holds the pair's secret, named for the same owner or for no one (<c>AccessKey</c> and <c>SecretAccessKey</c>
/// or <c>SecretKey</c>, <c>ApiKey</c> and <c>ApiSecret</c>; not <c>ApiKey</c> and <c>ClientSecret</c>). The key names the
/// account, as a user name does (AWS writes the access key id to its own audit logs); the secret is what proves it.
/// SC1001 reads the key a call takes beside its secret the same way.
/// </summary>
internal static class CredentialPairs
{
    // Words that make a key the secret itself, pair or not: SecretKey, PrivateKey, SigningKey, MasterKey.
    private static readonly ImmutableHashSet<string> SecretKeyWords = ImmutableHashSet.Create(
        "secret", "private", "signing", "encryption", "master", "shared", "hmac", "session");

    public static bool IsIdentifierHalf(IPropertySymbol property)
    {
        var words = IdentifierWords.Split(property.Name);
        if (words.Count < 2 || words[words.Count - 1] != "key")
        {
            return false;
        }

        foreach (var word in words)
        {
            if (SecretKeyWords.Contains(word))
            {
                return false;
            }
        }

        var qualifier = Qualifier(words);
        foreach (var member in property.ContainingType.GetMembers())
        {
            if (member is IPropertySymbol { Type.SpecialType: SpecialType.System_String } sibling
                && !ReferenceEquals(sibling, property)
                && IdentifierWords.Split(sibling.Name) is var siblingWords
                && siblingWords.Contains("secret")
                && Qualifier(siblingWords) is var siblingQualifier
                && (siblingQualifier.Length == 0 || siblingQualifier == qualifier))
            {
                return true;
            }
        }

        return false;
    }

    // The words that say whose key or secret it is: ApiKey and ApiSecret are "api", AccessKey and SecretAccessKey "access";
    // SecretKey and Secret say no one's, so they pair with any key. ClientSecret ("client") is not ApiKey's ("api") pair.
    private static string Qualifier(System.Collections.Generic.List<string> words)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            if (word is not ("secret" or "key" or "id"))
            {
                builder.Append(word).Append(' ');
            }
        }

        return builder.ToString();
    }
}
