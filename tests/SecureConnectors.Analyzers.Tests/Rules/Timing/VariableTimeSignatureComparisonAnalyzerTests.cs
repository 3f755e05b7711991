using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Timing;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<
    SecureConnectors.Analyzers.Rules.Timing.VariableTimeSignatureComparisonAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Timing;

public sealed class VariableTimeSignatureComparisonAnalyzerTests
{
    // A webhook check: the key and body come in, the header value is what an attacker controls.
    private static string InWebhook(string body) => $$"""
        using System;
        using System.Linq;
        using System.Security.Cryptography;
        using System.Text;

        public sealed class Webhook
        {
            private readonly byte[] expectedDigest = new byte[32];
            public string Signature { get; set; } = "";

            public bool Verify(byte[] key, byte[] payload, string header, byte[] received, string other)
            {
                {{body}}
            }
        }
        """;

    [Theory]
    [InlineData("using var hmac = new HMACSHA256(key); var computed = hmac.ComputeHash(payload); return [|computed.SequenceEqual(received)|];")]
    [InlineData("using var hmac = new HMACSHA256(key); return [|Convert.ToHexString(hmac.ComputeHash(payload)) == header|];")]
    [InlineData("return [|header != Convert.ToBase64String(HMACSHA256.HashData(key, payload))|];")]
    [InlineData("var hex = Convert.ToHexString(HMACSHA512.HashData(key, payload)).ToLowerInvariant(); return [|hex.Equals(header)|];")]
    [InlineData("return [|string.Equals(header, Convert.ToHexString(HMACSHA1.HashData(key, payload)), StringComparison.OrdinalIgnoreCase)|];")]
    [InlineData("return [|string.Compare(Convert.ToHexString(HMACSHA256.HashData(key, payload)), header)|] == 0;")]
    [InlineData("return [|HMACSHA256.HashData(key, payload).AsSpan().SequenceEqual(received)|];")]
    [InlineData("using var h = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key); h.AppendData(payload); var mac = h.GetHashAndReset(); return [|received.AsSpan().SequenceEqual(mac)|];")]
    [InlineData("var expectedSignature = other; return [|expectedSignature == header|];")]
    // a digest named for anything but published content is still a signature's
    [InlineData("var payloadDigest = other; var pinnedDigest = header; return [|payloadDigest == pinnedDigest|];")]
    // a digest over data that holds a secret is keyed by it: WeChat Pay v2's MD5 over the parameters and "&key=",
    // the Official Account's SHA-1 over the sorted token, timestamp and nonce
    [InlineData("string apiKey = other; var md5 = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(header + \"&key=\" + apiKey))); return [|md5.Equals(other, StringComparison.OrdinalIgnoreCase)|];")]
    [InlineData("string token = other; var parts = new[] { token, header }; Array.Sort(parts, StringComparer.Ordinal); var hash = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts)))); return [|hash == Signature|];")]
    // a project's own signing helper (WeChat Pay's v2 notify check: Sign(parameters, key, signType) == sign)
    [InlineData("string Sign(byte[] k, string type) => other; return [|Sign(key, \"MD5\") == header|];")]
    [InlineData("byte[] ComputeSignature(byte[] body) => body; return [|ComputeSignature(payload).SequenceEqual(received)|];")]
    [InlineData("var sig = other; return [|StringComparer.Ordinal.Equals(header, sig)|];")]
    [InlineData("return [|received.SequenceEqual(expectedDigest)|];")]
    [InlineData("return [|Signature == header|];")]
    [InlineData("return [|Signature.AsSpan().SequenceEqual(header)|];")]
    [InlineData("var computedHmacHex = other; return [|computedHmacHex.Equals(header)|];")]
    [InlineData("var computed = \"sha256=\" + Convert.ToHexString(HMACSHA256.HashData(key, payload)).ToLowerInvariant(); return [|string.Equals(computed, header, StringComparison.Ordinal)|];")]
    [InlineData("return [|$\"v1={Convert.ToHexString(HMACSHA256.HashData(key, payload))}\" == header|];")]
    [InlineData("var expectedSignature = Convert.ToHexString(HMACSHA256.HashData(key, payload)); var sent = new System.Collections.Generic.List<string> { header }; return [|sent.Contains(expectedSignature)|];")]
    [InlineData("var expectedSignature = Convert.ToHexString(HMACSHA256.HashData(key, payload)); return [|header.Split(',').Contains(expectedSignature)|];")]
    [InlineData("string[] acceptedSignatures = [other, header]; return [|acceptedSignatures.Contains(Signature.ToString())|];")]
    // A shared token written as a constant is still a secret compared in variable time: machine-made text is no name.
    [InlineData("const string WebhookSignature = \"fake0webhook0shared0token\"; return [|header == WebhookSignature|];")]
    [InlineData("const string ExpectedSignature = \"FakeLettersOnlySharedToken\"; return [|header.Equals(ExpectedSignature)|];")]
    [InlineData("const string ExpectedSignature = \"sha256=0123456789abcdef0123456789abcdef\"; return [|header == ExpectedSignature|];")]
    public Task Reports_a_signature_compared_in_variable_time(string body) =>
        Verify.VerifyAsync(InWebhook(body));

    [Theory]
    [InlineData("return Signature.Length == header.Length;")]
    [InlineData("return Signature == null || Signature == \"\" || Signature == string.Empty;")]
    [InlineData("var macAddress = other; return macAddress == header;")]
    [InlineData("var methodSignature = other; var memberSignature = other; return methodSignature == header || memberSignature.Equals(header);")]
    // signing in is not signing; a helper that signs but returns something else is not a signature
    [InlineData("string SignIn(string user) => user; string GetMethodSignature() => other; return SignIn(header) == other || GetMethodSignature() == header;")]
    [InlineData("bool SignPayload(byte[] body) => body.Length > 0; return SignPayload(payload) == (header.Length > 0);")]
    [InlineData("var typeSignature = other; var callSig = other; return string.Equals(typeSignature, header) || callSig == header;")]
    [InlineData("var signatureHeader = other; var signatureAlgorithm = other; return signatureHeader == header && signatureAlgorithm == header;")]
    [InlineData("return Convert.ToHexString(SHA256.HashData(payload)) == header;")]
    [InlineData("using var sha = SHA256.Create(); return sha.ComputeHash(payload).SequenceEqual(received);")]
    [InlineData("using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256); h.AppendData(payload); return h.GetHashAndReset().AsSpan().SequenceEqual(received);")]
    [InlineData("var seen = new System.Collections.Generic.Dictionary<string, int>(); seen[Signature] = 1; return seen.ContainsKey(header);")]
    [InlineData("return CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), received);")]
    [InlineData("using var hmac = new HMACSHA256(key); return hmac.ComputeHash(payload) == received;")]
    [InlineData("return header == other;")]
    [InlineData("var storedDigest = other; var contentDigest = Convert.ToHexString(SHA256.HashData(payload)); return storedDigest == contentDigest;")]
    [InlineData("using var sha = SHA256.Create(); var digest = sha.ComputeHash(payload); return digest.SequenceEqual(expectedDigest);")]
    [InlineData("var seen = new System.Collections.Generic.HashSet<string>(); return seen.Contains(Signature);")]
    // the digest of published content (an OCI manifest's, a layer's, a package's): a content address, not keyed
    [InlineData("var manifestDigest = other; var pinnedDigest = header; return manifestDigest == pinnedDigest;")]
    [InlineData("var pinnedDigest = header; return pinnedDigest.Equals(LayerDigestHex(other)); static string LayerDigestHex(string s) => s;")]
    [InlineData("return Signature.Contains(\"v1=\") && Signature.Contains('=');")]
    [InlineData("string[] knownMacs = [other]; return knownMacs.Contains(header);")]
    // a downloaded file's checksum: the hashed bytes are read with a CancellationToken, which is no key
    [InlineData("System.Threading.CancellationToken cancellationToken = default; var actualSha256 = Convert.ToHexString(SHA256.HashData(System.IO.File.ReadAllBytesAsync(\"update.zip\", cancellationToken).Result)); return string.Equals(actualSha256, other, StringComparison.OrdinalIgnoreCase);")]
    // A constant made of words names a header, a field or a mode: it is not a keyed value.
    [InlineData("const string HEADER_SERVER_SIGNATURE = \"X-Bunq-Server-Signature\"; return !header.Equals(HEADER_SERVER_SIGNATURE);")]
    [InlineData("const string SignatureHeaderName = \"x-hub-signature-256\"; var signature = other; return signature == \"unsigned\" || header == SignatureHeaderName;")]
    public Task Stays_quiet_on_look_alikes(string body) =>
        Verify.VerifyAsync(InWebhook(body));

    [Fact]
    public Task An_assertion_in_a_test_is_not_a_timing_oracle() =>
        Verify.VerifyAsync("""
            using System.Security.Cryptography;

            public static class Assert
            {
                public static void Equal<T>(T expected, T actual) { }
                public static void True(bool condition) { }
            }

            public sealed class SignerTests
            {
                public void Signs(byte[] key, byte[] payload, string expectedSignature)
                {
                    var signature = System.Convert.ToHexString(HMACSHA256.HashData(key, payload));
                    Assert.Equal(expectedSignature, signature);
                    Assert.True(signature == expectedSignature);
                }
            }
            """);

    // Test code is never deployed where an attacker could time it (a test's own fake receiver), and a benchmark measures
    // comparisons of values it made up; the same comparison in production code is reported.
    private const string FakeReceiver = """
        namespace BenchmarkDotNet.Attributes { [System.AttributeUsage(System.AttributeTargets.Method)] public sealed class BenchmarkAttribute : System.Attribute { } }

        public sealed class FakeWebhookReceiver
        {
            public bool Accept(string header, string expectedSignature) => MARKheader == expectedSignatureEND;
        }

        public class SignatureComparisonBenchmarks
        {
            private readonly string computedSignature = System.Guid.NewGuid().ToString(), receivedSignature = System.Guid.NewGuid().ToString();

            [BenchmarkDotNet.Attributes.Benchmark]
            public bool Ordinal() => computedSignature == receivedSignature;
        }
        """;

    [Fact]
    public async Task Test_code_and_benchmarks_are_not_timing_oracles()
    {
        var test = new CSharpAnalyzerVerifier<VariableTimeSignatureComparisonAnalyzer>.Test();
        test.TestState.Sources.Add(("/tests/Payroll.Tests/Fakes/FakeWebhookReceiver.cs", FakeReceiver.Replace("MARK", "").Replace("END", "")));
        await test.RunAsync();

        await Verify.VerifyAsync(FakeReceiver.Replace("MARK", "[|").Replace("END", "|]"));
    }

    // A shared secret checked as a caller sent it: a tutorial's API-key middleware, a BaaS SDK's 1.x webhook header, a
    // value read from the request where it is compared. Two values the code holds itself, an options type's equality,
    // a password (a login compares hashes) and a null test are not this.
    [Fact]
    public Task Reports_a_shared_secret_compared_as_a_caller_sent_it() =>
        Verify.VerifyAsync("""
            using System.Collections.Generic;

            namespace Microsoft.Extensions.Primitives
            {
                public readonly struct StringValues { public static implicit operator string?(StringValues values) => null; }
            }

            public sealed class Request { public Dictionary<string, string> Headers { get; } = new(); }
            public sealed class Context { public Request Request { get; } = new(); }
            public sealed class Options { public string ApiKey { get; set; } = ""; }

            public static class Checks
            {
                public static bool Middleware(string apiKey, string extractedApiKey) => ![|apiKey!.Equals(extractedApiKey)|];
                public static bool Legacy(string legacySecretHeader, string secret) => [|legacySecretHeader == secret|];
                public static bool Read(Context context, string webhookSecret) => [|context.Request.Headers["X-Webhook-Secret"] == webhookSecret|];
                public static bool Provided(string providedToken, string accessToken) => [|string.Equals(accessToken, providedToken)|];
                public static bool Cached(string token, string cachedToken) => token == cachedToken;
                public static bool Same(Options a, Options b) => a.ApiKey == b.ApiKey;
                public static bool Login(string password, string providedPassword) => password == providedPassword;
                public static bool Missing(string apiKey) => apiKey == null;
                public static bool HeaderValues(string apiKey, Microsoft.Extensions.Primitives.StringValues extractedApiKey) => [|apiKey.Equals(extractedApiKey)|];
                public static bool Member(Options request, Options options) => [|request.ApiKey == options.ApiKey|];
                public static bool Equal(Options self, Options other) => self.ApiKey == other.ApiKey;

                // Against a side named the expected value: the other side is what was presented (a kiosk's hello frame).
                public static bool Expected(Options hello, string expectedApiKey) => [|hello.ApiKey != expectedApiKey|];
                public static bool BothExpected(string expectedApiKey, string previousExpectedApiKey) => expectedApiKey == previousExpectedApiKey;
                public static bool ExpectedCount(Options hello, int expectedLength) => hello.ApiKey.Length == expectedLength;
                public static bool HeaderToken(string[] tokens, string expectedToken) => System.Linq.Enumerable.Any(tokens, token => string.Equals(token, expectedToken));

                // Read from the request a step or two back: an out argument of the headers' TryGetValue, then a local.
                public static bool OutArgument(Context context, Options options)
                {
                    if (!context.Request.Headers.TryGetValue("X-Api-Key", out var headerValues))
                    {
                        return false;
                    }

                    var apiKey = headerValues.ToString();
                    return [|apiKey == options.ApiKey|];
                }

                public static bool AnyOf(Context context, List<string> apiKeys, HashSet<string> keySet)
                {
                    if (!context.Request.Headers.TryGetValue("X-Api-Key", out var presented))
                    {
                        return false;
                    }

                    return [|apiKeys.Contains(presented)|] || keySet.Contains(presented);
                }

                // An extension method's receiver: Event Grid's aeg-sas-key header, its first value taken with LINQ.
                public static bool FirstValue(Dictionary<string, IEnumerable<string>> headers, string sasKey) =>
                    !headers.TryGetValue("aeg-sas-key", out var presented) || [|System.Linq.Enumerable.FirstOrDefault(presented) != sasKey|];

                public static bool FirstOfOwn(List<string> cachedKeys, string sasKey) => System.Linq.Enumerable.FirstOrDefault(cachedKeys) != sasKey;

                public static bool Configured(Options options, Options fallback)
                {
                    var apiKey = fallback.ApiKey.Trim();
                    return apiKey == options.ApiKey;
                }
            }
            """);

    [Fact]
    public Task The_message_names_the_signature() =>
        Verify.VerifyAsync(
            InWebhook("return {|#0:Signature == header|};"),
            Verify.Diagnostic(Analyzers.Diagnostics.DiagnosticIds.SignatureComparedInVariableTime).WithLocation(0).WithArguments("Signature"));

    [Fact]
    public async Task Half_typed_comparisons_do_not_throw()
    {
        await IncompleteCode.AnalyzeAsync(
            """
            using System.Linq;
            using System.Security.Cryptography;
            class C
            {
                bool M(byte[] key, string header)
                {
                    var signature = HMACSHA256.HashData(key, );
                    if (signature.SequenceEqual( ) || header == System.Convert.ToHexString(
                    return signature.Equals(;
                    string.Equals(header
            """,
            new VariableTimeSignatureComparisonAnalyzer());
    }
}
