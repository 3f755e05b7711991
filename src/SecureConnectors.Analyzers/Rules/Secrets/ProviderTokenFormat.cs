using System;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// The published shape of one provider's credential (<see cref="TokenShape"/>), or a custom check for
/// structures a shape cannot say (PEM blocks). Most strings cost one length comparison and one IndexOf per
/// anchor; the shape is matched only where an anchor is found. Checksums are not verified (test values do not
/// have valid ones); the part after a literal prefix must not be filler.
/// </summary>
internal sealed class ProviderTokenFormat
{
    private const int LongestScannedText = 200_000;

    private readonly TokenShape? _shape;
    private readonly Func<string, bool>? _custom;
    private readonly Func<string, bool>? _isDead;
    private readonly Func<string, bool>? _isTestVector;
    private readonly string[] _anchors;
    private readonly int _minLength;

    /// <param name="name">Provider and kind, e.g. "Stripe secret key"; safe to show (never the value).</param>
    /// <param name="shape">The <see cref="TokenShape"/> pattern.</param>
    /// <param name="left">What may stand just before a match.</param>
    /// <param name="rightBoundary">True when a match may not run on into more token characters.</param>
    /// <param name="mustContain">A literal the matched token must contain (OpenAI's T3BlbkFJ), also its anchor.</param>
    /// <param name="isDead">A check that a matched token authenticates no one (an expired JWT, an anonymous-role key).</param>
    /// <param name="isTestVector">
    /// A check that a matched token was made up to test a library (a JWT that names no principal); it spares the
    /// token in test code only.
    /// </param>
    public ProviderTokenFormat(
        string name,
        string shape,
        LeftBoundary left = LeftBoundary.Token,
        bool rightBoundary = true,
        string? mustContain = null,
        Func<string, bool>? isDead = null,
        Func<string, bool>? isTestVector = null)
    {
        Name = name;
        _isDead = isDead;
        _isTestVector = isTestVector;
        _shape = new TokenShape(shape);
        Left = left;
        RightBoundary = rightBoundary;
        MustContain = mustContain;
        _anchors = mustContain is not null ? new[] { mustContain } : _shape.Anchors ?? throw new ArgumentException("a shape needs a literal", nameof(shape));
        _minLength = _shape.MinLength;
    }

    private ProviderTokenFormat(string name, string[] anchors, int minLength, Func<string, bool> custom)
    {
        Name = name;
        _anchors = anchors;
        _minLength = minLength;
        _custom = custom;
    }

    /// <summary>What may stand just before a token.</summary>
    public enum LeftBoundary
    {
        /// <summary>Not a letter, digit, '_' or '-': the token does not continue a longer word.</summary>
        Token,

        /// <summary>Not a digit (a numeric prefix such as Telegram's bot id would run on).</summary>
        NotDigit,

        /// <summary>Anything: the shape is distinctive by itself (a URL host and path, a PEM header).</summary>
        None,
    }

    /// <summary>Provider and kind, e.g. "Stripe secret key"; safe to show (never the value).</summary>
    public string Name { get; }

    private LeftBoundary Left { get; }

    private bool RightBoundary { get; }

    private string? MustContain { get; }

    /// <summary>A format checked by code rather than a shape.</summary>
    public static ProviderTokenFormat Custom(string name, string[] anchors, int minLength, Func<string, bool> isFoundIn) =>
        new(name, anchors, minLength, isFoundIn);

    /// <summary>True when <paramref name="text"/> holds a token of this format whose secret part is not filler.</summary>
    /// <param name="text">The value to search.</param>
    /// <param name="inTestCode">Asked only about a token that may be a test vector: whether the value is in test code.</param>
    public bool IsFoundIn(string text, Func<bool>? inTestCode = null)
    {
        if (text.Length < _minLength || text.Length > LongestScannedText || !HasAnchor(text))
        {
            return false;
        }

        if (_custom is not null)
        {
            return _custom(text);
        }

        var shape = _shape!;
        if (shape.LeadingLiterals is { } prefixes && MustContain is null)
        {
            foreach (var prefix in prefixes)
            {
                for (var at = text.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(prefix, at + 1, StringComparison.Ordinal))
                {
                    if (MatchesAt(text, at, inTestCode))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // A shape that starts with a run: try each position where a token may start.
        for (var at = 0; at <= text.Length - _minLength; at++)
        {
            if (MatchesAt(text, at, inTestCode))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasAnchor(string text)
    {
        foreach (var anchor in _anchors)
        {
            if (text.IndexOf(anchor, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesAt(string text, int at, Func<bool>? inTestCode)
    {
        if (at > 0 && !MayFollow(text[at - 1]))
        {
            return false;
        }

        var end = _shape!.MatchAt(text, at, out var secretStart);
        if (end < 0 || (RightBoundary && end < text.Length && IsTokenChar(text[end])))
        {
            return false;
        }

        if (MustContain is not null && text.IndexOf(MustContain, at, end - at, StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var secret = text.Substring(secretStart, end - secretStart);
        if (Placeholders.IsFiller(secret) || SecretShape.IsSelfDescribingName(secret) || ReadsAsIdentifier(secret))
        {
            return false;
        }

        // An access key's id in the credential scope of an expired pre-signed URL: in test code, a recorded response's
        // link that no longer opens anything (SC1002 spares its signature the same way).
        var token = text.Substring(at, end - at);
        return (_isDead is null || !_isDead(token))
            && !PublishedExamples.IsPublished(token)
            && !(_isTestVector is not null && inTestCode is not null && _isTestVector(token) && inTestCode())
            && !(inTestCode is not null && SignedUrlExpiry.IsCredentialOfExpiredUrl(text, at) && inTestCode());
    }

    // "test_ShouldReturnTheCachedValueWhenCalled": letters only, in words of three or more letters. A provider's
    // random letters break into one- and two-letter "words" at their case changes; an identifier does not.
    private static bool ReadsAsIdentifier(string secret)
    {
        var words = 0;
        var wordLength = 0;
        for (var i = 0; i < secret.Length; i++)
        {
            var c = secret[i];
            if (c is >= '0' and <= '9')
            {
                return false;
            }

            var startsWord = !char.IsLetter(c) || (char.IsUpper(c) && i > 0 && char.IsLower(secret[i - 1]));
            if (startsWord)
            {
                if (wordLength is > 0 and < 3)
                {
                    return false;
                }

                words += wordLength > 0 ? 1 : 0;
                wordLength = char.IsLetter(c) ? 1 : 0;
            }
            else
            {
                wordLength++;
            }
        }

        return wordLength >= 3 && words + 1 >= 3;
    }

    private bool MayFollow(char previous) => Left switch
    {
        LeftBoundary.Token => !IsTokenChar(previous),
        LeftBoundary.NotDigit => previous is < '0' or > '9',
        _ => true,
    };

    private static bool IsTokenChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-';
}
