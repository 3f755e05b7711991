namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Passwords typed by walking along a keyboard: rows (<c>qwerty</c>, <c>asdf1234</c>) and columns (<c>1qaz2wsx</c>,
/// <c>!QAZ2wsx</c>, shifted digits read as their keys). What people type into a fixture or a sample app; no generator
/// makes them. Like the dictionary passwords, a placeholder in test code only.
/// </summary>
internal static class KeyboardWalks
{
    private const int MinimumLength = 6;
    private const int MaximumRuns = 3;
    private const int MinimumRunLength = 3;

    // US layout; each row sits about half a key to the right of the one above, so the key below-left and the key
    // straight below are neighbours: 1 -> q, 2 -> q/w.
    private static readonly string[] Rows = { "1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./" };
    private const string ShiftedDigits = "!@#$%^&*()";

    /// <summary>True when the (lower-case) value is at most three runs of neighbouring keys, each three keys or more.</summary>
    public static bool IsKeyboardWalk(string lower)
    {
        // Digits alone along the top row are a counting sequence, which Placeholders.IsFiller reads as such.
        if (lower.Length < MinimumLength || !HasLetter(lower))
        {
            return false;
        }

        var runs = 1;
        var runLength = 1;
        if (!TryLocate(lower[0], out var row, out var column))
        {
            return false;
        }

        for (var i = 1; i < lower.Length; i++)
        {
            if (!TryLocate(lower[i], out var nextRow, out var nextColumn))
            {
                return false;
            }

            if (AreNeighbours(row, column, nextRow, nextColumn))
            {
                runLength++;
            }
            else
            {
                if (runLength < MinimumRunLength || ++runs > MaximumRuns)
                {
                    return false;
                }

                runLength = 1;
            }

            row = nextRow;
            column = nextColumn;
        }

        return runLength >= MinimumRunLength;
    }

    private static bool HasLetter(string value)
    {
        foreach (var c in value)
        {
            if (c is >= 'a' and <= 'z')
            {
                return true;
            }
        }

        return false;
    }

    private static bool AreNeighbours(int row, int column, int nextRow, int nextColumn) =>
        (row == nextRow && (nextColumn - column == 1 || column - nextColumn == 1))
        || (nextRow == row + 1 && (nextColumn == column || nextColumn == column - 1))
        || (nextRow == row - 1 && (nextColumn == column || nextColumn == column + 1));

    private static bool TryLocate(char c, out int row, out int column)
    {
        var shifted = ShiftedDigits.IndexOf(c);
        if (shifted >= 0)
        {
            row = 0;
            column = shifted;
            return true;
        }

        for (row = 0; row < Rows.Length; row++)
        {
            column = Rows[row].IndexOf(c);
            if (column >= 0)
            {
                return true;
            }
        }

        row = -1;
        column = -1;
        return false;
    }
}
