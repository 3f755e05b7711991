using System.Text;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// The connector's <c>NamingPolicy</c> applied at generation time, so the generated writers hold plain names. The
/// rules are System.Text.Json's (<c>JsonNamingPolicy.CamelCase</c>, <c>SnakeCaseLower</c>), so a body keeps the names
/// it had when the serializer wrote it.
/// </summary>
internal static class NamingPolicies
{
    public const int CamelCase = 0;
    public const int SnakeCase = 1;
    public const int AsDeclared = 2;

    public static string Apply(int policy, string name) => policy switch
    {
        SnakeCase => ToSnakeCase(name),
        AsDeclared => name,
        _ => ToCamelCase(name),
    };

    // "URLValue" -> "urlValue", "ID" -> "id", "Name" -> "name": the leading capitals, but not the one that starts the next word.
    public static string ToCamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    // "PreferredLocales" -> "preferred_locales", "URLValue" -> "url_value", "Line1" -> "line1", "OrderID" -> "order_id".
    public static string ToSnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_' || c == '-' || c == ' ')
            {
                if (result.Length > 0 && result[result.Length - 1] != '_')
                {
                    result.Append('_');
                }

                continue;
            }

            if (char.IsUpper(c))
            {
                var previous = i > 0 ? name[i - 1] : '\0';
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                var startsWord = i > 0
                    && (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next)));
                if (startsWord && result.Length > 0 && result[result.Length - 1] != '_')
                {
                    result.Append('_');
                }

                result.Append(char.ToLowerInvariant(c));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
