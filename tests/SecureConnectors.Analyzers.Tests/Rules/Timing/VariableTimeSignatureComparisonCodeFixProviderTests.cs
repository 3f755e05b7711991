using System.Threading.Tasks;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Timing.VariableTimeSignatureComparisonAnalyzer,
    SecureConnectors.CodeFixes.Rules.Timing.VariableTimeSignatureComparisonCodeFixProvider>;

namespace SecureConnectors.Analyzers.Tests.Rules.Timing;

public sealed class VariableTimeSignatureComparisonCodeFixProviderTests
{
    private static string InWebhook(string usings, string body) => usings + $$"""

        public sealed class Webhook
        {
            public bool Verify(byte[] key, byte[] payload, string header, byte[] received)
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public Task Bytes_are_compared_as_they_are_and_the_using_is_added() =>
        Verify.VerifyFixAsync(
            InWebhook("using System.Linq;\n", "var signature = System.Security.Cryptography.HMACSHA256.HashData(key, payload); return [|signature.SequenceEqual(received)|];"),
            InWebhook("using System.Linq;\nusing System.Security.Cryptography;\n", "var signature = System.Security.Cryptography.HMACSHA256.HashData(key, payload); return CryptographicOperations.FixedTimeEquals(signature, received);"));

    [Fact]
    public Task Strings_are_compared_as_their_utf8_bytes() =>
        Verify.VerifyFixAsync(
            InWebhook("using System;\nusing System.Security.Cryptography;\n", "return [|Convert.ToHexString(HMACSHA256.HashData(key, payload)) != header|];"),
            InWebhook("using System;\nusing System.Security.Cryptography;\nusing System.Text;\n", "return !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(Convert.ToHexString(HMACSHA256.HashData(key, payload))), Encoding.UTF8.GetBytes(header));"));

    [Fact]
    public Task Ordinal_equals_is_fixed() =>
        Verify.VerifyFixAsync(
            InWebhook("using System;\nusing System.Security.Cryptography;\nusing System.Text;\n", "var sig = Convert.ToBase64String(HMACSHA256.HashData(key, payload)); return [|string.Equals(sig, header, StringComparison.Ordinal)|];"),
            InWebhook("using System;\nusing System.Security.Cryptography;\nusing System.Text;\n", "var sig = Convert.ToBase64String(HMACSHA256.HashData(key, payload)); return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sig), Encoding.UTF8.GetBytes(header));"));

    [Theory]
    [InlineData("var sig = Convert.ToHexString(HMACSHA256.HashData(key, payload)); return [|string.Equals(sig, header, StringComparison.OrdinalIgnoreCase)|];")]
    [InlineData("var sig = Convert.ToHexString(HMACSHA256.HashData(key, payload)); return [|string.Compare(sig, header)|] == 0;")]
    [InlineData("var sig = new System.Collections.Generic.List<byte>(HMACSHA256.HashData(key, payload)); return [|sig.SequenceEqual(received)|];")]
    [InlineData("var sig = Convert.ToHexString(HMACSHA256.HashData(key, payload)); return [|sig.AsSpan().SequenceEqual(header)|];")]
    public Task No_fix_where_it_would_change_what_is_compared(string body) =>
        Verify.VerifyNoFixAsync(InWebhook("using System;\nusing System.Linq;\nusing System.Security.Cryptography;\n", body));

    [Fact]
    public Task Fix_all_rewrites_every_comparison() =>
        Verify.VerifyFixAsync(
            InWebhook("using System;\nusing System.Linq;\n", "var signature = System.Security.Cryptography.HMACSHA256.HashData(key, payload); var hex = Convert.ToHexString(signature); return [|signature.SequenceEqual(received)|] && [|hex == header|];"),
            InWebhook("using System;\nusing System.Linq;\nusing System.Security.Cryptography;\nusing System.Text;\n", "var signature = System.Security.Cryptography.HMACSHA256.HashData(key, payload); var hex = Convert.ToHexString(signature); return CryptographicOperations.FixedTimeEquals(signature, received) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(hex), Encoding.UTF8.GetBytes(header));"));

    [Fact]
    public Task A_shared_secret_is_compared_as_its_utf8_bytes() =>
        Verify.VerifyFixAsync(
            InWebhook("using System;\n", "string webhookSecret = System.Text.Encoding.UTF8.GetString(key); return [|header == webhookSecret|];"),
            InWebhook("using System;\nusing System.Security.Cryptography;\nusing System.Text;\n", "string webhookSecret = System.Text.Encoding.UTF8.GetString(key); return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), Encoding.UTF8.GetBytes(webhookSecret));"));
}
