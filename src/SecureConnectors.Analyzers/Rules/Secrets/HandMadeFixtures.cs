using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Two signs, read in test code only, that a secret-shaped value was made up by the test's author rather than copied
/// from a provider:
/// <list type="bullet">
/// <item>its own line's comment, or the comment just above its statement, calls it fake, dummy, bogus or not real
/// (<c>const string TestClientSecret = "..."; // Justification="Fake credential"</c>): the author says so, as a name
/// that says fake does (<see cref="Placeholders.NamesAStandIn"/>);</item>
/// <item>it is hex of odd length with letters and digits (<c>"C1DA8B93CCB5F5B93DA"</c>): machine-made hex encodes bytes,
/// two characters each, so an odd count was typed by hand. Decimal values (Salesforce's 19-digit consumer secrets) are
/// not hex of this kind.</item>
/// </list>
/// In production code neither spares a value: a real key can carry a stale comment, and a key cut short still leaks.
/// </summary>
internal static class HandMadeFixtures
{
    private static readonly string[] NotRealWords = { "fake", "dummy", "bogus", "not a real", "not real", "made up", "made-up" };

    public static bool IsOddLengthHex(string value)
    {
        if (value.Length % 2 == 0 || value.Length < 9)
        {
            return false;
        }

        bool letter = false, digit = false;
        foreach (var c in value)
        {
            if (c is >= '0' and <= '9')
            {
                digit = true;
            }
            else if (c is >= 'a' and <= 'f' or >= 'A' and <= 'F')
            {
                letter = true;
            }
            else
            {
                return false;
            }
        }

        return letter && digit;
    }

    /// <summary>Whether a comment on the literal's line, or just above its statement, says the value is not real.</summary>
    public static bool CommentCallsItFake(SyntaxNode literal)
    {
        var text = literal.SyntaxTree.GetText();
        var line = text.Lines.GetLineFromPosition(literal.SpanStart).LineNumber;

        // The rest of the line: tokens after the literal up to the line's end, and their trailing comments.
        for (var token = literal.GetLastToken(); token.RawKind != 0; token = token.GetNextToken())
        {
            if (text.Lines.GetLineFromPosition(token.SpanStart).LineNumber != line)
            {
                break;
            }

            if (HasNotRealComment(token.TrailingTrivia))
            {
                return true;
            }
        }

        // The statement or member the literal stands in: its leading comments.
        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            if (node is StatementSyntax or MemberDeclarationSyntax)
            {
                return HasNotRealComment(node.GetLeadingTrivia());
            }
        }

        return false;
    }

    private static bool HasNotRealComment(SyntaxTriviaList trivia)
    {
        foreach (var piece in trivia)
        {
            if (piece.IsKind(SyntaxKind.SingleLineCommentTrivia) || piece.IsKind(SyntaxKind.MultiLineCommentTrivia))
            {
                var comment = piece.ToString();
                foreach (var word in NotRealWords)
                {
                    if (comment.IndexOf(word, System.StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
