using System;
using System.Text.RegularExpressions;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// The published shape of one provider's credential. <see cref="Anchors"/> are literal substrings every match
/// contains; the regular expression runs only where an anchor is found, so most strings cost one IndexOf per
/// anchor. Checksums are not verified (test values do not have valid ones).
/// </summary>
internal sealed class ProviderTokenFormat
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    public ProviderTokenFormat(string name, string[] anchors, string pattern, bool ignoreCase = false)
    {
        Name = name;
        Anchors = anchors;
        Pattern = new Regex(
            pattern,
            RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None),
            MatchTimeout);
        AnchorComparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
    }

    /// <summary>Provider and kind, e.g. "Stripe secret key"; safe to show (never the value).</summary>
    public string Name { get; }

    public string[] Anchors { get; }

    public Regex Pattern { get; }

    private StringComparison AnchorComparison { get; }

    /// <summary>The first match in <paramref name="text"/> whose secret part is not filler.</summary>
    public Match? FindIn(string text)
    {
        var anchored = false;
        foreach (var anchor in Anchors)
        {
            if (text.IndexOf(anchor, AnchorComparison) >= 0)
            {
                anchored = true;
                break;
            }
        }

        if (!anchored)
        {
            return null;
        }

        try
        {
            for (var match = Pattern.Match(text); match.Success; match = match.NextMatch())
            {
                var secret = match.Groups["secret"].Success ? match.Groups["secret"].Value : match.Value;
                if (!Placeholders.IsFiller(secret))
                {
                    return match;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological string is not worth a stalled build.
        }

        return null;
    }
}
