using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// One string value of a configuration file: its configuration path (<c>Stripe:ApiKey</c>, <c>Items:0:Secret</c>,
/// <c>appSettings:StripeApiKey</c>), the value as the application reads it (escapes decoded), and where its text
/// is written in the file (inside the quotes), which is where the diagnostic points.
/// </summary>
internal readonly struct ConfigValue
{
    public ConfigValue(IReadOnlyList<string> path, string value, TextSpan span)
    {
        Path = path;
        Value = value;
        Span = span;
    }

    public IReadOnlyList<string> Path { get; }

    public string Value { get; }

    public TextSpan Span { get; }

    /// <summary>Whether <paramref name="other"/> is a setting of the same object (<c>{ "url": ..., "port": ... }</c>).</summary>
    public bool IsSiblingOf(ConfigValue other)
    {
        if (other.Path.Count != Path.Count)
        {
            return false;
        }

        for (var i = 0; i < Path.Count - 1; i++)
        {
            if (!string.Equals(Path[i], other.Path[i], System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
