namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>The shape a value must have for its name or sink to make it a secret.</summary>
internal static class SecretGate
{
    /// <summary>A cheap look before any semantic work: could this value be a secret under some name?</summary>
    public static bool CouldBeSecret(string value) =>
        value.Length >= 6
        && !Placeholders.IsPlaceholder(value)
        && (SecretShape.LooksLikePassword(value) || AuthorizationValues.CarriesCredential(value));

    public static bool Accepts(SecretKind kind, string value)
    {
        if (Placeholders.IsPlaceholder(value))
        {
            return false;
        }

        // A token, key or client secret is machine-made: at least 16 characters, as the rule's page documents;
        // shorter values under such names are fixtures and stand-ins.
        // A GUID is an identifier anywhere else, but under a name or sink that says key or token it is the key:
        // many providers issue GUID-shaped API keys and server tokens.
        var accepted = kind switch
        {
            SecretKind.Password => SecretShape.LooksLikePassword(value),
            SecretKind.Secret => SecretShape.LooksGenerated(value) || SecretShape.IsGuid(value.Trim()) || (value.Length >= SecretShape.MachineMadeLength && SecretShape.LooksLikePassword(value)) || AuthorizationValues.CarriesCredential(value),
            SecretKind.Authorization => AuthorizationValues.IsCredentialValue(value),
            _ => false,
        };

        return accepted
            && !PublicKeyFormats.IsPublicKey(value)
            && !PublishedExamples.IsPublished(value)
            && !PlaceholderDigests.IsDigestOfPlaceholder(value);
    }
}
