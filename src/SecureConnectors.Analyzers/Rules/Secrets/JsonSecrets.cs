namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// A JSON document written in a string (often a raw string: a request body, a settings snippet) that holds a
/// secret under a secret-like key: <c>{ "client_secret": "..." }</c>. The key is judged as SC1001 judges names and
/// the value as it judges values under that name. Only text that starts like a JSON object or array is read.
/// </summary>
internal static class JsonSecrets
{
    /// <summary>The key of the first string value that is a secret under its key, or null.</summary>
    public static string? FindSecretKey(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length < 8 || trimmed[0] is not ('{' or '['))
        {
            return null;
        }

        for (var open = text.IndexOf('"'); open >= 0;)
        {
            var close = text.IndexOf('"', open + 1);
            if (close < 0)
            {
                return null;
            }

            var key = text.Substring(open + 1, close - open - 1);
            var colon = SkipWhiteSpace(text, close + 1);
            if (colon < text.Length && text[colon] == ':')
            {
                var valueOpen = SkipWhiteSpace(text, colon + 1);
                if (valueOpen < text.Length && text[valueOpen] == '"')
                {
                    var valueClose = text.IndexOf('"', valueOpen + 1);
                    if (valueClose < 0)
                    {
                        return null;
                    }

                    var value = text.Substring(valueOpen + 1, valueClose - valueOpen - 1);
                    var kind = SecretNames.Classify(key);
                    if (kind != SecretKind.None && SecretGate.Accepts(kind, value))
                    {
                        return key;
                    }

                    open = text.IndexOf('"', valueClose + 1);
                    continue;
                }
            }

            open = text.IndexOf('"', close + 1);
        }

        return null;
    }

    private static int SkipWhiteSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
