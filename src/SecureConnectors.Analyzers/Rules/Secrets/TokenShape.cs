using System;
using System.Collections.Generic;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// The shape of a credential written as a small pattern of literals and character runs, matched by a plain
/// scan: no regular expression, so no timeout to throw and no backtracking blow-up on long literals. Each run
/// takes as many characters of its class as it may (greedy, no backtracking), so shapes are written with
/// separators that their runs do not contain.
/// <para>Syntax: literal text; <c>(a|b|c)</c> literal alternatives, <c>(...)?</c> optional; <c>[..]{n}</c>,
/// <c>[..]{n,m}</c>, <c>[..]{n,}</c> a run of a class. In a class <c>a</c> is a-z, <c>A</c> is A-Z, <c>9</c> is
/// 0-9, <c>h</c> is 0-9a-f, <c>H</c> is 0-9A-F, <c>s</c> is white space; any other character stands for itself,
/// and <c>\</c> escapes (in a class or in literal text).</para>
/// </summary>
internal sealed class TokenShape
{
    private readonly Segment[] _segments;

    public TokenShape(string pattern)
    {
        _segments = Parse(pattern);
        MinLength = 0;
        foreach (var segment in _segments)
        {
            MinLength += segment.MinLength;
        }

        LeadingLiterals = _segments[0].Alternatives is { } first && !_segments[0].Optional ? first : null;
        foreach (var segment in _segments)
        {
            if (segment.Alternatives is { } literals && !segment.Optional)
            {
                Anchors = literals;
                break;
            }
        }
    }

    /// <summary>The shortest text the shape can match: shorter strings are skipped without a scan.</summary>
    public int MinLength { get; }

    /// <summary>The first literal segment that every match contains (its alternatives), or null.</summary>
    public string[]? Anchors { get; }

    /// <summary>The alternatives of the shape's first segment when it is a literal, or null when it starts with a run.</summary>
    public string[]? LeadingLiterals { get; }

    /// <summary>Matches the shape at <paramref name="start"/>: the end of the match, or -1.</summary>
    public int MatchAt(string text, int start, out int secretStart)
    {
        secretStart = start;
        var position = start;
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            if (segment.Alternatives is { } alternatives)
            {
                var matched = -1;
                foreach (var alternative in alternatives)
                {
                    if (position + alternative.Length <= text.Length && string.CompareOrdinal(text, position, alternative, 0, alternative.Length) == 0)
                    {
                        matched = alternative.Length;
                        break;
                    }
                }

                if (matched < 0)
                {
                    if (!segment.Optional)
                    {
                        return -1;
                    }

                    continue;
                }

                position += matched;
                if (i == 0)
                {
                    secretStart = position; // the part after a leading literal prefix is the secret
                }
            }
            else
            {
                var count = 0;
                while (count < segment.Max && position + count < text.Length && segment.Contains(text[position + count]))
                {
                    count++;
                }

                if (count < segment.Min)
                {
                    return -1;
                }

                position += count;
            }
        }

        return position;
    }

    private static Segment[] Parse(string pattern)
    {
        var segments = new List<Segment>();
        var literal = new System.Text.StringBuilder();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                literal.Append(pattern[i + 1]);
                i += 2;
            }
            else if (c == '(')
            {
                Flush(literal, segments);
                var close = pattern.IndexOf(')', i);
                var alternatives = pattern.Substring(i + 1, close - i - 1).Split('|');
                Array.Sort(alternatives, static (x, y) => y.Length.CompareTo(x.Length)); // longest first
                i = close + 1;
                var optional = i < pattern.Length && pattern[i] == '?';
                if (optional)
                {
                    i++;
                }

                segments.Add(Segment.Literal(alternatives, optional));
            }
            else if (c == '[')
            {
                Flush(literal, segments);
                var set = new bool[128];
                var whiteSpace = false;
                i++;
                while (pattern[i] != ']')
                {
                    var d = pattern[i];
                    if (d == '\\')
                    {
                        set[pattern[++i]] = true;
                    }
                    else
                    {
                        switch (d)
                        {
                            case 'a': Range(set, 'a', 'z'); break;
                            case 'A': Range(set, 'A', 'Z'); break;
                            case '9': Range(set, '0', '9'); break;
                            case 'h': Range(set, '0', '9'); Range(set, 'a', 'f'); break;
                            case 'H': Range(set, '0', '9'); Range(set, 'A', 'F'); break;
                            case 's': whiteSpace = true; break;
                            default: set[d] = true; break;
                        }
                    }

                    i++;
                }

                i++;
                int min = 1, max = 1;
                if (i < pattern.Length && pattern[i] == '{')
                {
                    var close = pattern.IndexOf('}', i);
                    var range = pattern.Substring(i + 1, close - i - 1);
                    var comma = range.IndexOf(',');
                    if (comma < 0)
                    {
                        min = max = int.Parse(range, System.Globalization.CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        min = int.Parse(range.Substring(0, comma), System.Globalization.CultureInfo.InvariantCulture);
                        max = comma == range.Length - 1 ? int.MaxValue : int.Parse(range.Substring(comma + 1), System.Globalization.CultureInfo.InvariantCulture);
                    }

                    i = close + 1;
                }

                segments.Add(Segment.Run(set, whiteSpace, min, max));
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }

        Flush(literal, segments);
        return segments.ToArray();
    }

    private static void Flush(System.Text.StringBuilder literal, List<Segment> segments)
    {
        if (literal.Length > 0)
        {
            segments.Add(Segment.Literal(new[] { literal.ToString() }, optional: false));
            literal.Clear();
        }
    }

    private static void Range(bool[] set, char from, char to)
    {
        for (var c = from; c <= to; c++)
        {
            set[c] = true;
        }
    }

    private sealed class Segment
    {
        private bool[]? _set;
        private bool _whiteSpace;

        public string[]? Alternatives { get; private set; }

        public bool Optional { get; private set; }

        public int Min { get; private set; }

        public int Max { get; private set; }

        public int MinLength
        {
            get
            {
                if (Alternatives is null)
                {
                    return Min;
                }

                if (Optional)
                {
                    return 0;
                }

                var shortest = int.MaxValue;
                foreach (var alternative in Alternatives)
                {
                    shortest = Math.Min(shortest, alternative.Length);
                }

                return shortest;
            }
        }

        public static Segment Literal(string[] alternatives, bool optional) => new() { Alternatives = alternatives, Optional = optional };

        public static Segment Run(bool[] set, bool whiteSpace, int min, int max) => new() { _set = set, _whiteSpace = whiteSpace, Min = min, Max = max };

        public bool Contains(char c) => c < 128 ? _set![c] || (_whiteSpace && char.IsWhiteSpace(c)) : _whiteSpace && char.IsWhiteSpace(c);
    }
}
