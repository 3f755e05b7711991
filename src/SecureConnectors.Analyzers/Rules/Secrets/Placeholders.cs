using System;
using System.Collections.Generic;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Values that stand for a secret without being one: template markers, documentation fillers, masks, and the
/// published example keys. Flagging them teaches users to ignore the rule.
/// </summary>
internal static class Placeholders
{
    /// <summary>
    /// The start of the Azure Storage emulator's account key: published in its documentation, accepted only by the
    /// local emulator, so never a secret under any name.
    /// </summary>
    public const string StorageEmulatorKeyStart = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq";

    private static readonly string[] Words =
    {
        "your", "changeme", "change_me", "change-me", "replace", "replaceme", "placeholder", "dummy", "example",
        "sample", "redacted", "insert", "todo", "fixme", "fake", "notreal", "not-a-real", "not_a_real", "invalid",
        "devstoreaccount1", "mysecret", "mypassword", "secret_here", "token_here", "key_here", "here>",
    };

    /// <summary>True when <paramref name="value"/> is a template marker, a filler or a documentation example.</summary>
    public static bool IsPlaceholder(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        if (TemplateMarkers.Contains(trimmed))
        {
            return true;
        }

        var lower = trimmed.ToLowerInvariant();
        foreach (var word in Words)
        {
            if (lower.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        if (lower is "password" or "secret" or "token" or "apikey" or "api_key" or "api-key" or "key" or "none" or "null"
            or "n/a" or "na" or "tbd" or "test" or "testing" or "pass" or "admin" or "default" or "string" or "value" or "undefined")
        {
            return true;
        }

        return IsFiller(trimmed)
            || lower.EndsWith("example", StringComparison.Ordinal)
            || IsDictionaryPassword(lower)
            || trimmed.StartsWith(StorageEmulatorKeyStart, StringComparison.Ordinal);
    }

    // The passwords of fixtures and tutorials: a dictionary word in leetspeak with digits or symbols after it
    // (P@ssw0rd!, Password123, Test1234!, Admin@123, Welcome1), or any lone word of letters (or a few joined: abc_xyz). Nobody's production secret, and reporting them is
    // the false alarm users of other scanners complain about most.
    private static readonly string[] DictionaryPasswords =
    {
        "password", "passw", "pass", "test", "secret", "admin", "welcome", "letmein", "qwerty", "changeit", "guest",
        "anonymous", "root", "user", "demo", "default", "hello", "abc", "sa", "postgres", "mysql", "oracle",

        // The words at the top of every leaked-password list, which fixtures borrow for the same reason (M0nkey#2024).
        "monkey", "dragon", "sunshine", "princess", "football", "baseball", "master", "shadow", "superman", "batman",
        "iloveyou", "starwars", "trustno", "login", "access", "flower", "freedom", "summer", "winter", "spring", "autumn",
    };

    // Words typed before a list word in a fixture password (Sup3rS3cret!, MyP@ssw0rd, TopSecret1, NewPassword123).
    private static readonly string[] PasswordQualifiers = { "super", "my", "top", "very", "strong", "new", "old", "dev", "local", "the" };

    private static readonly int LongestDictionaryPassword = LongestOf(DictionaryPasswords);

    private static readonly int LongestQualifier = LongestOf(PasswordQualifiers);

    /// <summary>
    /// A fixture password (P@ssw0rd!, Password123, Admin@123, a keyboard walk such as 1qaz2wsx): a placeholder in test code only; in production
    /// code it is still a hardcoded, and weak, credential.
    /// </summary>
    public static bool IsFixturePassword(string value) => IsDictionaryPassword(value.Trim().ToLowerInvariant());

    /// <summary>
    /// A fixture password that, outside test code, is a real and weak password where a password goes (a connection
    /// string's, a URL's user-info): one that looks like a password (P@ssw0rd!, Summer2025!) or counts (123456). A lone
    /// dictionary word (password, admin) stays a placeholder: documentation writes it where the reader's goes.
    /// </summary>
    public static bool IsWeakPassword(string value) =>
        IsFixturePassword(value) && (SecretShape.LooksLikePassword(value) || IsCountingDigits(value.Trim()));

    private static bool IsDictionaryPassword(string lower)
    {
        if (IsLoneWord(lower) || KeyboardWalks.IsKeyboardWalk(lower) || IsCountingDigits(lower))
        {
            return true;
        }

        // Drop the digits and symbols after the word, then read leetspeak inside it as letters.
        var end = WithoutTrailingNonLetters(lower, lower.Length);
        if (IsDictionaryWord(lower, end))
        {
            return true;
        }

        // Password@!XYZ, Admin123abc: one to three letters typed after the digits or symbols are filler too.
        var letters = end;
        while (letters > 0 && char.IsLetter(lower[letters - 1]) && end - letters < 4)
        {
            letters--;
        }

        var beforeFiller = WithoutTrailingNonLetters(lower, letters);
        return end - letters is >= 1 and <= 3 && beforeFiller < letters && IsDictionaryWord(lower, beforeFiller);
    }

    private static int WithoutTrailingNonLetters(string lower, int end)
    {
        while (end > 0 && !char.IsLetter(lower[end - 1]))
        {
            end--;
        }

        return end;
    }

    // The first end characters of lower, leetspeak read as letters, are a word of the list.
    private static bool IsDictionaryWord(string lower, int end)
    {
        if (end == 0 || end > LongestDictionaryPassword + LongestQualifier)
        {
            return false; // longer than every word of the list: no need to spell it out
        }

        var word = new System.Text.StringBuilder(end);
        for (var i = 0; i < end; i++)
        {
            word.Append(lower[i] switch { '@' => 'a', '0' => 'o', '1' => 'i', '3' => 'e', '$' => 's', '5' => 's', _ => lower[i] });
        }

        var spelled = word.ToString();
        if (Array.IndexOf(DictionaryPasswords, spelled) >= 0)
        {
            return true;
        }

        // Sup3rS3cret!, MyP@ssw0rd, TopSecret1, NewPassword123: a word of the list with a qualifier typed before it.
        foreach (var qualifier in PasswordQualifiers)
        {
            if (spelled.Length > qualifier.Length
                && spelled.StartsWith(qualifier, StringComparison.Ordinal)
                && Array.IndexOf(DictionaryPasswords, spelled.Substring(qualifier.Length)) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Four to ten digits counting up or down (<c>1234</c>, <c>123456</c>, <c>987654</c>, <c>7890</c>) or one digit
    /// repeated (<c>0000</c>): what a fixture types where a password or PIN goes. Longer runs are filler
    /// (<see cref="IsFiller"/>), not passwords.
    /// </summary>
    public static bool IsCountingDigits(string value)
    {
        if (value.Length is < 4 or > 10)
        {
            return false;
        }

        int? step = null;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }

            if (i == 0)
            {
                continue;
            }

            var difference = (value[i] - value[i - 1] + 10) % 10; // 9 then 0 counts on
            var thisStep = difference switch { 0 => 0, 1 => 1, 9 => -1, _ => (int?)null };
            if (thisStep is null || (step is not null && step != thisStep))
            {
                return false;
            }

            step = thisStep;
        }

        return true;
    }

    /// <summary>
    /// A value that calls itself a test value: one of its words (runs of letters, split where a lower-case letter
    /// meets an upper-case one) is <c>test</c>, <c>tests</c>, <c>testing</c>, <c>mock</c>, <c>fake</c>, <c>stub</c>, <c>dummy</c> or
    /// <c>fixture</c> (<c>idsrv3test</c>, <c>MockSigningKey42</c>, <c>Tallyroll!Fixture9</c>, <c>integration-tests-key-0001</c>).
    /// A placeholder in test code only, where such values open the test's own fixtures; in production code a value
    /// that says test is still a credential someone can use.
    /// </summary>
    public static bool CallsItselfATestValue(string value)
    {
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var endsWord = i == value.Length || !char.IsLetter(value[i]) || (i > 0 && char.IsLower(value[i - 1]) && char.IsUpper(value[i]));
            if (endsWord && start >= 0)
            {
                if (IsTestWord(value, start, i - start))
                {
                    return true;
                }

                start = -1;
            }

            if (i < value.Length && char.IsLetter(value[i]) && start < 0)
            {
                start = i;
            }
        }

        return false;
    }

    private static readonly string[] TestWords = { "test", "tests", "mock", "fake", "stub", "dummy", "testing", "fixture" };

    // Words by which a name says its value is not a working one. Not "test": a test's TestApiKey is often a real key
    // of a test account.
    private static readonly HashSet<string> NotRealNameWords = new(StringComparer.Ordinal) { "mock", "mocked", "fake", "faked", "dummy", "stub", "stubbed", "bogus" };

    /// <summary>
    /// A name that says its value is not a working one (<c>MOCK_TOKEN</c>, <c>FakeApiKey</c>, <c>dummySecret</c>): in
    /// test code, what such a name holds is the test's stand-in, whatever it looks like.
    /// </summary>
    public static bool NamesAStandIn(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var word in IdentifierWords.Split(name!))
        {
            if (NotRealNameWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A value that spells the name of what holds it (<c>OAUTH2_CLIENT_SECRET = "OAuth2ClientSecret"</c>), or that name
    /// without a last word that says it holds a name (<c>WebexAccessTokenKey = "WebexAccessToken"</c>: the configuration
    /// key under which the token is read): a setting's own name. The same letters and digits, ignoring case and the
    /// separators '_', '-', '.', ':'; nothing more, since a secret may begin with its holder's name.
    /// </summary>
    public static bool SpellsItsName(string value, string? name)
    {
        if (string.IsNullOrEmpty(name) || !IsNameLike(value))
        {
            return false;
        }

        var spelledValue = LettersAndDigits(value);
        if (spelledValue.Length == 0)
        {
            return false;
        }

        var words = IdentifierWords.Split(name!);
        if (spelledValue == string.Concat(words))
        {
            return true;
        }

        return words.Count > 1
            && words[words.Count - 1] is "key" or "name" or "setting" or "variable" or "header" or "field" or "path"
            && spelledValue == string.Concat(words.GetRange(0, words.Count - 1));
    }

    private static bool IsNameLike(string value)
    {
        foreach (var c in value)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-' or '.' or ':'))
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    private static string LettersAndDigits(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static bool IsTestWord(string value, int start, int length)
    {
        foreach (var word in TestWords)
        {
            if (word.Length == length && string.Compare(value, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int LongestOf(string[] words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }

    // A lone word of letters shorter than a machine-made value (Fahrvergnügen, Griffin), or a few such words joined by
    // single dashes, underscores or dots (abc_xyz, aspire-named): what people type into a test as a password, not one
    // they chose; in production code it is still a weak hardcoded one.
    private static bool IsLoneWord(string lower)
    {
        if (lower.Length == 0 || lower.Length >= SecretShape.MachineMadeLength || !char.IsLetter(lower[0]) || !char.IsLetter(lower[lower.Length - 1]))
        {
            return false;
        }

        for (var i = 1; i < lower.Length; i++)
        {
            var c = lower[i];
            if (!char.IsLetter(c) && !(c is '-' or '_' or '.' && char.IsLetter(lower[i - 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Filler in the secret part of a token: a run of x, *, 0, 1, ., -, or #; a value mostly made of one character;
    /// the upper-case EXAMPLE of the providers' documented keys; a counting sequence; letters and digits in alphabetical order.
    /// </summary>
    public static bool IsFiller(string secret)
    {
        if (secret.Length == 0)
        {
            return true;
        }

        if (secret.IndexOf("EXAMPLE", StringComparison.OrdinalIgnoreCase) >= 0
            || secret.IndexOf("xxxx", StringComparison.OrdinalIgnoreCase) >= 0
            || secret.IndexOf("****", StringComparison.Ordinal) >= 0
            || secret.IndexOf("0000000", StringComparison.Ordinal) >= 0
            || secret.IndexOf("1234567", StringComparison.Ordinal) >= 0
            || secret.IndexOf("abcdefg", StringComparison.OrdinalIgnoreCase) >= 0
            || secret.IndexOf("....", StringComparison.Ordinal) >= 0
            || secret.IndexOf("----", StringComparison.Ordinal) >= 0
            || secret.IndexOf("####", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        var counts = new int[128];
        var max = 0;
        foreach (var c in secret)
        {
            if (c < 128 && ++counts[c] > max)
            {
                max = counts[c];
            }
        }

        return (secret.Length >= 4 && max * 2 >= secret.Length) || IsClimbingSequence(secret) || IsRepeatedUnit(secret) || IsMadeOfRuns(secret);
    }

    // abc123def456ghi789jkl012, zyx987wvu654: letters and digits typed as runs of three or more neighbours (a-b-c, 7-8-9-0,
    // up or down), separators aside, covering four fifths of the value. A generated key has few such runs by chance.
    private static bool IsMadeOfRuns(string secret)
    {
        // One pass over the letters and digits; a character is marked once it ends or lies inside a stretch of three
        // whose two steps are the same neighbour step. Only the last two characters can still be marked later.
        var length = 0;
        var marked = 0;
        char beforePrevious = '\0', previous = '\0';
        bool beforePreviousMarked = false, previousMarked = false;
        foreach (var raw in secret)
        {
            if (raw >= 128 || !char.IsLetterOrDigit(raw))
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            var currentMarked = false;
            if (length >= 2)
            {
                var step = NeighbourStep(previous, c);
                if (step != 0 && step == NeighbourStep(beforePrevious, previous))
                {
                    marked += (beforePreviousMarked ? 0 : 1) + (previousMarked ? 0 : 1) + 1;
                    previousMarked = currentMarked = true;
                }
            }

            beforePrevious = previous;
            beforePreviousMarked = previousMarked;
            previous = c;
            previousMarked = currentMarked;
            length++;
        }

        return length >= 8 && marked * 5 >= length * 4;
    }

    // +1 when b follows a in the alphabet or among the digits (9 then 0 too), -1 when it precedes it, else 0.
    private static int NeighbourStep(char a, char b)
    {
        if (char.IsDigit(a) && char.IsDigit(b))
        {
            var difference = (b - a + 10) % 10;
            return difference == 1 ? 1 : difference == 9 ? -1 : 0;
        }

        return char.IsLetter(a) && char.IsLetter(b) && Math.Abs(b - a) == 1 ? b - a : 0;
    }

    // A1B2C3D4E5F6A1B2C3D4E5F6, abc123abc123: one unit typed twice or more. A generated value never repeats itself.
    // Units up to 64 characters: what a person types twice; longer texts (a document in a literal) are not scanned.
    private static bool IsRepeatedUnit(string secret)
    {
        if (secret.Length > 512)
        {
            return false;
        }

        for (var unit = 1; unit <= secret.Length / 2 && unit <= 64; unit++)
        {
            if (secret.Length % unit != 0)
            {
                continue;
            }

            var repeats = true;
            for (var i = unit; i < secret.Length && repeats; i++)
            {
                repeats = secret[i] == secret[i - unit];
            }

            if (repeats)
            {
                return true;
            }
        }

        return false;
    }

    // 00112233-4455-6677-8899-AABBCCDDEEFF, 0123456789abcdef: letters and digits that climb through the alphabet in
    // order, separators aside. Typed to fill a field; a generated value is never sorted.
    private static bool IsClimbingSequence(string secret)
    {
        var previous = '\0';
        var distinct = 0;
        foreach (var c in secret)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower < previous)
            {
                return false;
            }

            if (lower != previous)
            {
                distinct++;
                previous = lower;
            }
        }

        return distinct >= 8;
    }
}
