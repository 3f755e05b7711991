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

    public static readonly SecretOptions Default = new(ImmutableArray<string>.Empty, ImmutableArray<Regex>.Empty);

    // The user's allowlist is a regular expression by its documentation; it is asked only about values already
    // judged secret (a few per project), with a generous timeout, and a timeout allows nothing.
    private static readonly TimeSpan AllowlistTimeout = TimeSpan.FromSeconds(1);

    private readonly ImmutableArray<string> _names;
    private readonly ImmutableArray<Regex> _allowed;

    private SecretOptions(ImmutableArray<string> names, ImmutableArray<Regex> allowed)
    {
        _names = names;
        _allowed = allowed;
    }

    public static SecretOptions Parse(string? namePatterns, string? allowlist)
    {
        var names = ImmutableArray.CreateRange(Split(namePatterns));

        var allowed = ImmutableArray.CreateBuilder<Regex>();
        foreach (var pattern in Split(allowlist))
        {
            try
            {
                allowed.Add(new Regex(pattern, RegexOptions.CultureInvariant, AllowlistTimeout));
            }
            catch (ArgumentException)
            {
                // An invalid pattern in .editorconfig must not break the build; it allows nothing.
            }
        }

        return names.Length == 0 && allowed.Count == 0 ? Default : new SecretOptions(names, allowed.ToImmutable());
    }

    public bool IsSecretName(string name)
    {
        foreach (var pattern in _names)
        {
            if (Wildcard.Matches(pattern, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the user's allowlist accepts <paramref name="value"/>; ask only about values judged secret.</summary>
    public bool IsAllowed(string value)
    {
        foreach (var pattern in _allowed)
        {
            try
            {
                if (pattern.IsMatch(value))
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
