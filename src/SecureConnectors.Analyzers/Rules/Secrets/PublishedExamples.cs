using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Credentials that providers print in their own documentation as examples, copied verbatim into countless test
/// suites: public by construction, so never a leaked secret. Twitter's OAuth 1.0a signature walk-through (consumer
/// key and secret, token and token secret, the test vector of every OAuth 1.0a library), the Mollie API
/// reference's test key, access token and refresh token, the application secret of Sinch's request-signing example (which
/// its SDK's tests reproduce signature for signature), the signing secret of the Standard Webhooks specification's test
/// vector (which Svix's SDKs and every Standard Webhooks library verify against, with and without its whsec_ prefix), the
/// EncodingAESKey of WeChat's callback-encryption example (WXBizMsgCrypt's sample, which WeChat SDKs in every language
/// decrypt in their tests), the API key of WeChat Pay's v2 signing guide's worked example, the SDK keys of ConfigCat's public test products (which its SDKs' test suites and sample
/// apps in every language read public test configurations with), the access token of ntfy's documentation (which its own tests
/// and many clients' tests and placeholders reuse), and the examples of the OAuth 2.0 specification (RFC 6749:
/// client secret, authorization code, access and refresh token). A JSON Web Token that carries the signature of
/// jwt.io's example token is that example, or a copy with its payload edited, which no verifier accepts. Also the keys a
/// product's own development set-up seeds into a local database, which authenticate only there, as the storage
/// emulator's key does (<see cref="Placeholders.StorageEmulatorKeyStart"/>): Exceptionless's sample project key and its
/// test twin, which every Exceptionless client's samples and tests use, and the funded accounts of Ethereum development
/// chains (<see cref="DevelopmentChainKeys"/>). Working keys that a provider publishes for its
/// documentation's own account (Stripe's docs test keys) are left out: they still authenticate.
/// Kept as SHA-256 digests, so that neither the analyzer's source nor its assembly carries token-shaped text for a
/// scanner to find; only a value whose length matches an entry is hashed, and only after it was judged secret.
/// </summary>
internal static class PublishedExamples
{
    private static readonly Dictionary<int, string[]> DigestsByLength = new()
    {
        [43] = new[]
        {
            "00b3dc640c9c99fcdbdab6f63d785248e4613fbaa65d63c56d97e54f987c3bab", // Twitter docs: consumer secret
            "09a8e0fe098a621e54e4ebba827026f972cf2dc37d805b6cb172d01d525fd1eb", // WeChat Work docs: callback encryption example's EncodingAESKey
        },
        [50] = new[] { "0e04efa6bc7d2d512fc108c5ba4215c42a7d4674301511c5d18f2e2885d45f35" }, // Twitter docs: token
        [41] = new[] { "5aac38e542b76b97b3518c0293214d0b8aa11344e38518437f7dd44da0b521c3" }, // Twitter docs: token secret
        [35] = new[] { "9387af38d1038761f0ce6deb8dce56e1826e0faea6e7492e1d94bb7cb21580a2" }, // Mollie docs: test API key
        [32] = new[]
        {
            "de572777ba4ad2a0e9666b3e188edd548051aa9a1e087df495b7ee9409aaa4f4", // ntfy docs: access token
            "0c47dd30c7da14ce8078bc464742122187d516456e901ac0c3006dabcec0f743", // Standard Webhooks test vector: secret without whsec_
            "4ad1bc7cf3cf09f9293fc2d83eb1b5bf6bd2b4c56191ad89b336a0b2d772fbf7", // WeChat Pay v2 signing guide: the worked example's API key
        },
        [40] = new[] { "a09a41b57d3446a82c9d3f9a17349abe38101cd8b1011a210dbacd66198f9f49" }, // Exceptionless: seeded sample project key
        [39] = new[] { "ff28ac9e1aca4ee8c74b73044c222747e65cdc4bb4b6c778cbe322c4631df9f4" }, // Exceptionless: its test twin
        [37] = new[] { "a70b16558cf5493248200e59d1eb03583352e7d0fa044dfd9a5691360f91dd8a" }, // Mollie docs: access token
        [38] = new[]
        {
            "d17bebff16f0c86e492ef3d53ae64964c4591e5863c15cca889189f59ba58b22", // Mollie docs: refresh token
            "96ad2ccd81462a766178ae09a71df55f548a3f66da11606f9cdf40b391e22dd0", // Standard Webhooks test vector: whsec_ secret
        },
        [24] = new[] { "e6eea4322b1e67896e0f890e5277c7feaef06dc5516f222b85fd6627fd6d4828" }, // Sinch docs: callback signing example's application secret
        [22] = new[]
        {
            "8e0628300c16fe3834b3b87d23e352618a27b0ca9973abd52cfc92abfc7667e3", // Twitter docs: consumer key
            "e9974c507d2a802143f614c878fcbb622a3800e05e6e0d329fee2c5b6b243329", // RFC 6749: client secret
            "6c96130f130ab0d6d158397e24d2bcc1c9a5e73ae081f6e983f1c7b545d24a4c", // RFC 6749: access token
            "00cf4c781dc37003f7c7dd7d4c9a6ef1e0f4c62d9a291aa8bc398774e3fefd32", // RFC 6749: refresh token
            "a35b81a7d7927b70ec99270dd2362b88580a28574af812f2c02f56469579186f", // RFC 6749: authorization code
        },
    };

    // The first segment of ConfigCat's public test products' SDK keys (configcat-sdk-1/<product>/<config>): the keys
    // that every ConfigCat SDK's test suite and sample apps read their public test configs with.
    private const string ConfigCatSdkKeyPrefix = "configcat-sdk-1/";
    private const int ConfigCatSegmentLength = 22;
    private static readonly string[] ConfigCatTestProductDigests =
    {
        "1ebe5f8c872e1f9eae49bf11d58a3e39b7c64fc9253202b0aef86ee56f0ae7de",
        "e323f097d12a1cffd6c570ef4a8544e181bbb81edd00df244d902d8816293b15",
    };

    // The signature segment of jwt.io's example token (HS256 over its header and payload).
    private const string JwtIoSignatureDigest = "051d093c4bdedbf23f905ad01d9c6111414d54e2170e1d7f76657c4e76e3e65b";
    private const int JwtSignatureLength = 43;

    /// <summary>Whether <paramref name="value"/> (surrounding white space aside) is one of the published examples.</summary>
    public static bool IsPublished(string value)
    {
        var trimmed = value.Trim();
        if (IsJwtIoSignedToken(trimmed) || IsConfigCatTestProductKey(trimmed))
        {
            return true;
        }

        if (DevelopmentChainKeys.DigestsByLength.TryGetValue(trimmed.Length, out var chainKeys))
        {
            return Array.IndexOf(chainKeys, Hex(Sha256(trimmed))) >= 0;
        }

        if (!DigestsByLength.TryGetValue(trimmed.Length, out var digests))
        {
            return false;
        }

        var digest = Hex(Sha256(trimmed));
        return Array.IndexOf(digests, digest) >= 0;
    }

    private static bool IsConfigCatTestProductKey(string token) =>
        token.Length == ConfigCatSdkKeyPrefix.Length + (2 * ConfigCatSegmentLength) + 1
        && token.StartsWith(ConfigCatSdkKeyPrefix, StringComparison.Ordinal)
        && token[ConfigCatSdkKeyPrefix.Length + ConfigCatSegmentLength] == '/'
        && Array.IndexOf(ConfigCatTestProductDigests, Hex(Sha256(token.Substring(ConfigCatSdkKeyPrefix.Length, ConfigCatSegmentLength)))) >= 0;

    // header.payload.signature whose signature is jwt.io's: the example itself, or one with its payload edited.
    private static bool IsJwtIoSignedToken(string token)
    {
        var lastDot = token.LastIndexOf('.');
        if (lastDot < 0 || token.Length - lastDot - 1 != JwtSignatureLength || !token.StartsWith("eyJ", StringComparison.Ordinal))
        {
            return false;
        }

        var firstDot = token.IndexOf('.');
        return firstDot < lastDot
            && token.IndexOf('.', firstDot + 1) == lastDot
            && Hex(Sha256(token.Substring(lastDot + 1))) == JwtIoSignatureDigest;
    }

    private static byte[] Sha256(string text)
    {
        try
        {
            using var sha = SHA256.Create();
            return sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        }
        catch (InvalidOperationException)
        {
            return Array.Empty<byte>(); // a FIPS-enforcing .NET Framework host refuses the managed class: nothing matches
        }
    }

    private static string Hex(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
