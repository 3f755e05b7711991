namespace Corpus.Supplement.Support;

// Minimal stand-ins so the corpus needs no test framework. No labels: every line here is a negative.

[AttributeUsage(AttributeTargets.Method)]
public sealed class FactAttribute : Attribute;

public static class Assert
{
    public static void Equal<T>(T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new InvalidOperationException("Assert.Equal failed");
        }
    }

    public static void True(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Assert.True failed");
        }
    }
}
