using SecureConnectors.Analyzers.Infrastructure;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// A setting that lists HTTP headers as <c>name=value</c> pairs (OpenTelemetry's <c>OTEL_EXPORTER_OTLP_HEADERS</c>, an
/// exporter's <c>Headers</c>): the headers exist to authenticate to the telemetry backend, so a machine-made value in one
/// of them (<c>x-honeycomb-team=...</c>, <c>api-key=...</c>) or an Authorization value with its credential is that
/// backend's key. A value that is a word, a number or an identifier (<c>x-source=billing</c>) is not.
/// </summary>
internal static class HeaderListSettings
{
    public static bool HoldsCredential(string? name, string value)
    {
        if (name is null || value.IndexOf('=') <= 0)
        {
            return false;
        }

        var words = IdentifierWords.Split(name);
        if (words.Count == 0 || words[words.Count - 1] != "headers")
        {
            return false;
        }

        foreach (var pair in value.Split(','))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var header = pair.Substring(equals + 1).Trim();
            if (header.Length > 0 && !Placeholders.IsPlaceholder(header)
                && (AuthorizationValues.CarriesCredential(Unescaped(header)) || (SecretShape.LooksGenerated(header) && !SecretShape.IsGuid(header))))
            {
                return true;
            }
        }

        return false;
    }

    // "Authorization=Basic%20<base64>": OTLP's header list is percent-encoded. .NET Framework hosts (Visual Studio)
    // throw on a malformed escape where .NET keeps the text, and an analyzer must not throw.
    private static string Unescaped(string text)
    {
        try
        {
            return System.Uri.UnescapeDataString(text);
        }
        catch (System.UriFormatException)
        {
            return text;
        }
    }
}
