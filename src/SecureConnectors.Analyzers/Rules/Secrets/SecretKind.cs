namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>What a name or sink says its value is; decides which shape gate the value must pass.</summary>
internal enum SecretKind
{
    /// <summary>Not a secret by its name.</summary>
    None,

    /// <summary>A password or passphrase: chosen by a person, so no entropy is required, only a password-like shape.</summary>
    Password,

    /// <summary>A token, key or client secret: machine-made, so it must look generated.</summary>
    Secret,

    /// <summary>An HTTP Authorization value: "Scheme credential", or the credential alone.</summary>
    Authorization,
}
