using SecureConnectors.Analyzers.Rules.Secrets;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Rules.Secrets;

public sealed class KeyboardWalksTests
{
    [Theory]
    [InlineData("1qaz2wsx")]
    [InlineData("!qaz2wsx")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("qwerty123")]
    [InlineData("asdf1234")]
    [InlineData("zxcvbnm")]
    [InlineData("1q2w3e4r")]
    [InlineData("poiuytrewq")]
    public void Walks_along_rows_and_columns_are_keyboard_walks(string lower) =>
        Assert.True(KeyboardWalks.IsKeyboardWalk(lower));

    [Theory]
    [InlineData("qwe")] // too short to say
    [InlineData("p@ssw0rd")]
    [InlineData("deadbeef")]
    [InlineData("k3jxq9vlm2tb")]
    [InlineData("qwertyxq9vlm")] // a walk, then keys that are not one
    [InlineData("qaz1wsx2edc3rfv")] // four runs
    [InlineData("summer2024")]
    [InlineData("1234567890123")] // digits alone: a counting sequence
    [InlineData("fy8ozalfurchkwz3")]
    public void Other_values_are_not(string lower) =>
        Assert.False(KeyboardWalks.IsKeyboardWalk(lower));

    [Theory]
    [InlineData("1234", true)]
    [InlineData("123456", true)]
    [InlineData("987654", true)]
    [InlineData("7890", true)]
    [InlineData("0000", true)]
    [InlineData("123", false)]
    [InlineData("1357", false)]
    [InlineData("123465", false)]
    [InlineData("1234a", false)]
    [InlineData("12344321", false)]
    [InlineData("12345678901", false)]
    public void Counting_digits_are_read_as_typed(string value, bool counting) =>
        Assert.Equal(counting, Placeholders.IsCountingDigits(value));
}
