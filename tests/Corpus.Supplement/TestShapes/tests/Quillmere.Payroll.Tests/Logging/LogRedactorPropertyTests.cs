using CsCheck;
using TestShapes.Quillmere.Payroll.Logging;
using Xunit;

namespace TestShapes.Quillmere.Payroll.Tests.Logging;

/// <summary>Property-based tests of the mask over generated access tokens.</summary>
public sealed class LogRedactorPropertyTests
{
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";  // expect: none

    private static readonly Gen<string> Tokens = Gen.Char[TokenAlphabet].Array[40].Select(chars => "qm_at_" + new string(chars));

    [Fact]
    public void Mask_keeps_only_the_last_four_characters() =>
        Tokens.Sample(token =>
        {
            var masked = LogRedactor.Mask(token);
            Assert.Equal("****" + token[^4..], masked);
            Assert.False(masked.Contains(token[..10], StringComparison.Ordinal));
        });

    [Fact]
    public void Mask_of_a_short_value_hides_everything() =>
        Gen.Char[TokenAlphabet].Array[6].Select(chars => new string(chars)).Sample(
            token =>
            {
                if (LogRedactor.Mask(token) != "****")
                {
                    Console.WriteLine($"Mask leaked part of a {token.Length}-character value");  // expect: none
                }

                Assert.Equal("****", LogRedactor.Mask(token));
            },
            seed: "0N0XIzNsQ0O2");
}
