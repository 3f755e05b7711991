namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// The markers templates and documentation put where a value goes: <c>&lt;your-key&gt;</c>, <c>${VAR}</c>,
/// <c>{{VAR}}</c>, <c>%VAR%</c>, <c>$(VAR)</c>, <c>{0}</c>, <c>#{VAR}#</c>, a whole value in brackets
/// (<c>[API KEY]</c>), a whole value that is a named template hole (<c>{password}</c>) and a whole value that is a
/// release pipeline's replace token (<c>__PartnerApiKey__</c>). Plain character scans, each linear in the length of the text: this runs for every
/// candidate literal, where a regular expression's timeout under CPU contention would throw (AD0001).
/// </summary>
internal static class TemplateMarkers
{
    public static bool Contains(string text) =>
        HasAngleMarker(text)
        || HasOpenerThenClose(text, "${")
        || HasOpenerThenClose(text, "#{")
        || HasDoubleBraceMarker(text)
        || HasPercentVariable(text)
        || HasMSBuildProperty(text)
        || HasFormatItem(text)
        || IsBracketedWords(text)
        || IsNamedHole(text)
        || IsUnderscoreToken(text);

    // __PartnerApiKey__: the whole value is a release pipeline's replace token (Azure Pipelines' Replace Tokens task and
    // its kin write a name between double underscores), filled in at deployment.
    private static bool IsUnderscoreToken(string text)
    {
        var value = text.Trim();
        if (value.Length < 5 || !value.StartsWith("__", System.StringComparison.Ordinal) || !value.EndsWith("__", System.StringComparison.Ordinal)
            || !char.IsLetter(value[2]))
        {
            return false;
        }

        for (var i = 2; i < value.Length - 2; i++)
        {
            if (!char.IsLetterOrDigit(value[i]) && value[i] is not ('_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // <...> with no other angle bracket inside.
    private static bool HasAngleMarker(string text)
    {
        var open = false;
        foreach (var c in text)
        {
            if (c == '<')
            {
                open = true;
            }
            else if (c == '>')
            {
                if (open)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // ${...} and #{...}: the opener, then a closing brace anywhere after it.
    private static bool HasOpenerThenClose(string text, string opener)
    {
        var start = text.IndexOf(opener, System.StringComparison.Ordinal);
        return start >= 0 && text.IndexOf('}', start + opener.Length) >= 0;
    }

    // {{...}}: after "{{", the first closing brace is followed by another.
    private static bool HasDoubleBraceMarker(string text)
    {
        for (var start = text.IndexOf("{{", System.StringComparison.Ordinal); start >= 0; start = text.IndexOf("{{", start + 1, System.StringComparison.Ordinal))
        {
            var close = text.IndexOf('}', start + 2);
            if (close < 0)
            {
                return false;
            }

            if (close + 1 < text.Length && text[close + 1] == '}')
            {
                return true;
            }
        }

        return false;
    }

    // %NAME%: a letter or underscore, then letters, digits or underscores.
    private static bool HasPercentVariable(string text)
    {
        for (var start = text.IndexOf('%'); start >= 0 && start + 1 < text.Length; start = text.IndexOf('%', start + 1))
        {
            var end = start + 1;
            if (!IsNameStart(text[end]))
            {
                continue;
            }

            while (end < text.Length && IsNamePart(text[end]))
            {
                end++;
            }

            if (end < text.Length && text[end] == '%')
            {
                return true;
            }
        }

        return false;
    }

    // $(Name) and $(Name.Part): MSBuild and shell substitutions.
    private static bool HasMSBuildProperty(string text)
    {
        for (var start = text.IndexOf("$(", System.StringComparison.Ordinal); start >= 0; start = text.IndexOf("$(", start + 1, System.StringComparison.Ordinal))
        {
            var end = start + 2;
            if (end >= text.Length || !IsNameStart(text[end]))
            {
                continue;
            }

            while (end < text.Length && (IsNamePart(text[end]) || text[end] == '.'))
            {
                end++;
            }

            if (end < text.Length && text[end] == ')')
            {
                return true;
            }
        }

        return false;
    }

    // {0} and {0:format}: a composite format item.
    private static bool HasFormatItem(string text)
    {
        for (var start = text.IndexOf('{'); start >= 0; start = text.IndexOf('{', start + 1))
        {
            var end = start + 1;
            while (end < text.Length && text[end] is >= '0' and <= '9')
            {
                end++;
            }

            if (end == start + 1 || end >= text.Length)
            {
                continue;
            }

            if (text[end] == '}' || (text[end] == ':' && text.IndexOf('}', end) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    // [API KEY], [your-token]: the whole value is words in brackets.
    private static bool IsBracketedWords(string text)
    {
        if (text.Length < 3 || text[0] != '[' || text[text.Length - 1] != ']')
        {
            return false;
        }

        for (var i = 1; i < text.Length - 1; i++)
        {
            if (!(text[i] is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or ' ' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // {password}, {user_name}: the whole value is a named hole of a URI, route or message template.
    private static bool IsNamedHole(string text)
    {
        if (text.Length < 3 || text[0] != '{' || text[text.Length - 1] != '}' || !IsNameStart(text[1]))
        {
            return false;
        }

        for (var i = 2; i < text.Length - 1; i++)
        {
            if (!IsNamePart(text[i]) && text[i] is not ('.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameStart(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or '_';

    private static bool IsNamePart(char c) => IsNameStart(c) || c is >= '0' and <= '9';
}
