namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Decides whether text taken from the code (a dictionary key, a header or query parameter name, a host) may be
/// quoted in a diagnostic message. Messages end up in build logs and SARIF files, so a literal the rules would
/// judge secret-shaped is never quoted, even where the code uses it as a name: a first argument that looks like
/// a name may in fact be the credential itself (<c>new Gateway("prod$...$client_secret", ...)</c>).
/// </summary>
internal static class QuotableText
{
    /// <summary>
    /// True for a name: letters, digits and the separators of names and hosts (- _ : . / and space), without the
    /// shape of a provider credential, a machine-made value or a GUID.
    /// </summary>
    public static bool IsSafeToQuote(string? text)
    {
        if (string.IsNullOrEmpty(text) || text!.Length > 128)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or ':' or '.' or '/' or ' ' or '[' or ']'))
            {
                return false;
            }
        }

        return ProviderTokenFormats.FindFirst(text) is null
            && !SecretShape.LooksGenerated(text)
            && !SecretShape.IsGuid(text);
    }
}
