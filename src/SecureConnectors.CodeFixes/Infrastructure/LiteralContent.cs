namespace SecureConnectors.CodeFixes.Infrastructure;

/// <summary>
/// The text between a string literal's quotes as written (regular, verbatim, raw or interpolated), so that a reader
/// of its content (a connection string's settings) sees no quote before its first key.
/// </summary>
internal static class LiteralContent
{
    public static bool TryLocate(SyntaxNode node, out string written, out int contentStart, out int contentLength)
    {
        written = node.ToString();
        contentStart = contentLength = 0;
        if (node is not (LiteralExpressionSyntax or InterpolatedStringExpressionSyntax))
        {
            return false;
        }

        var open = written.IndexOf('"');
        while (open >= 0 && open + 1 < written.Length && written[open + 1] == '"')
        {
            open++;
        }

        var close = written.LastIndexOf('"');
        if (open < 0 || close <= open)
        {
            return false;
        }

        contentStart = open + 1;
        contentLength = close - open - 1;
        return true;
    }

    /// <summary>The literal with the content span [<paramref name="index"/>, +<paramref name="length"/>) replaced.</summary>
    public static ExpressionSyntax Replace(SyntaxNode node, string written, int index, int length, string replacement) =>
        SyntaxFactory.ParseExpression(written.Substring(0, index) + replacement + written.Substring(index + length)).WithTriviaFrom(node);
}
