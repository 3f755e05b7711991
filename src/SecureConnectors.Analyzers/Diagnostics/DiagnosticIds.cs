namespace SecureConnectors.Analyzers.Diagnostics;

/// <summary>Every diagnostic ID of the package; the only place an "SC" literal is written.</summary>
internal static class DiagnosticIds
{
    public const string HardcodedSecret = "SC1001";
    public const string CredentialInUrl = "SC1002";
    public const string PlainHttpUrl = "SC2001";
    public const string CertificateValidationDisabled = "SC2002";
    public const string ObsoleteTlsProtocol = "SC2003";
}
