using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// The secret rules' .editorconfig options:
/// <c>secure_connectors.secret_name_patterns</c>, more names (of members, parameters, keys, headers) whose values
/// are secrets, comma-separated, <c>*</c> as a wildcard; <c>secure_connectors.secret_allowlist</c>, regular
/// expressions, comma-separated, for values that are never reported (a known test fixture, a public key).
/// </summary>
internal sealed class SecretOptions
{
    public const string NamePatternsKey = "secure_connectors.secret_name_patterns";
    public const string AllowlistKey = "secure_connectors.secret_allowlist";

    public static readonly SecretOptions Default = new(ImmutableArray<Regex>.Empty, ImmutableArray<Regex>.Empty);

    private readonly ImmutableArray<Regex> _names;
    private readonly ImmutableArray<Regex> _allowed;

    private SecretOptions(ImmutableArray<Regex> names, ImmutableArray<Regex> allowed)
    {
        _names = names;
        _allowed = allowed;
    }

    public static SecretOptions Parse(string? namePatterns, string? allowlist)
    {
        var names = ImmutableArray.CreateBuilder<Regex>();
        foreach (var pattern in Split(namePatterns))
        {
            names.Add(new Regex("^" + Regex.Escape(pattern).Replace(@"\*", ".*") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)));
        }

        var allowed = ImmutableArray.CreateBuilder<Regex>();
        foreach (var pattern in Split(allowlist))
        {
            try
            {
                allowed.Add(new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)));
            }
            catch (ArgumentException)
            {
                // An invalid pattern in .editorconfig must not break the build; it allows nothing.
            }
        }

        return names.Count == 0 && allowed.Count == 0 ? Default : new SecretOptions(names.ToImmutable(), allowed.ToImmutable());
    }

    public bool IsSecretName(string name) => Matches(_names, name);

    public bool IsAllowed(string value) => Matches(_allowed, value);

    private static bool Matches(ImmutableArray<Regex> patterns, string text)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                if (pattern.IsMatch(text))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        return false;
    }

    private static string[] Split(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? Array.Empty<string>()
            : Array.ConvertAll(value!.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries), static s => s.Trim());
}
