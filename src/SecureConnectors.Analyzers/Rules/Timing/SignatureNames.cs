using System.Collections.Immutable;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Timing;

/// <summary>
/// Reads whether a name says its value is a signature, judged by its last word after words that describe the
/// value's form: <c>signature</c>, <c>expectedSignature</c>, <c>sig</c>, <c>computedHmac</c>, <c>digestHex</c> are;
/// <c>macAddress</c>, <c>signatureHeader</c>, <c>SignatureAlgorithm</c> and <c>hash</c> are not (a plain hash is a
/// checksum or a cache key, not a secret to guess byte by byte), nor is the signature of a piece of code
/// (<c>methodSignature</c>, <c>TypeSignature</c>, <c>callSignature</c>: reflection and tooling compare those all day).
/// </summary>
internal static class SignatureNames
{
    // The plurals name a list of signatures a value is looked up in (acceptedSignatures.Contains(header)); not "macs",
    // which are as often network addresses.
    private static readonly ImmutableHashSet<string> SignatureWords = ImmutableHashSet.Create(
        "signature", "sig", "digest", "mac", "hmac", "signatures", "hmacs");

    // Trailing words that say how the value is written, not what it is: SignatureHex, HmacBytes, DigestBase64.
    private static readonly ImmutableHashSet<string> FormWords = ImmutableHashSet.Create(
        "bytes", "hex", "base64", "b64", "string", "str", "value", "text", "lower", "upper");

    // Words before "signature" that make it the signature of code, not of a message.
    private static readonly ImmutableHashSet<string> CodeWords = ImmutableHashSet.Create(
        "method", "function", "func", "member", "type", "delegate", "call", "constructor", "ctor", "operation",
        "generic", "property", "field", "parameter", "overload", "symbol", "invocation");

    // Words before "digest" that name published content: a content address (an OCI manifest's or layer's digest, a file's
    // or package's) is a hash without a key, so anyone can compute it and timing reveals nothing.
    private static readonly ImmutableHashSet<string> ContentWords = ImmutableHashSet.Create(
        "content", "manifest", "layer", "blob", "image", "file", "package", "archive", "artifact");

    /// <summary>
    /// The name says the digest of published content (<c>manifestDigest</c>, <c>layerDigestHex</c>, <c>ContentDigest</c>):
    /// compared with it, the other side is a content address too, whatever its name says.
    /// </summary>
    public static bool SaysContentDigest(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = WithoutFormWords(IdentifierWords.Split(name!));
        return words.Count >= 2 && words[words.Count - 1] == "digest" && ContentWords.Contains(words[words.Count - 2]);
    }

    /// <summary>A cheap check on the name alone: worth asking the semantic model about the value.</summary>
    public static bool SaysSignature(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = WithoutFormWords(IdentifierWords.Split(name!));
        if (words.Count == 0 || !SignatureWords.Contains(words[words.Count - 1]))
        {
            return false;
        }

        return words.Count < 2 || !(words[words.Count - 1] is "signature" or "signatures" or "sig" && CodeWords.Contains(words[words.Count - 2]));
    }

    private static System.Collections.Generic.List<string> WithoutFormWords(System.Collections.Generic.List<string> words)
    {
        while (words.Count > 1 && FormWords.Contains(words[words.Count - 1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words;
    }
}
