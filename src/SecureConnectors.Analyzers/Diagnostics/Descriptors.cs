using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Diagnostics;

/// <summary>One descriptor per ID. Messages name the symbol or sink, never a secret value.</summary>
internal static class Descriptors
{
    public static readonly DiagnosticDescriptor HardcodedSecret = Create(
        DiagnosticIds.HardcodedSecret,
        DiagnosticCategories.Secrets,
        DiagnosticSeverity.Warning,
        title: "Hardcoded secret",
        message: "{0} looks like a credential written into the code; read it from configuration, the environment or a secret store",
        description: "A credential in source code is readable by everyone with the repository or the binary, and stays in version history after it is removed: revoke and rotate it (CWE-798).",
        "CWE-798");

    public static readonly DiagnosticDescriptor CredentialInUrl = Create(
        DiagnosticIds.CredentialInUrl,
        DiagnosticCategories.Secrets,
        DiagnosticSeverity.Warning,
        title: "Credential in a URL",
        message: "URL '{0}' carries a credential in its {1}; URLs end up in logs, proxies and browser history",
        description: "User-info and secret query parameters are written to server, proxy and client logs and sent in Referer headers (CWE-598).",
        "CWE-598");

    public static readonly DiagnosticDescriptor PlainHttpUrl = Create(
        DiagnosticIds.PlainHttpUrl,
        DiagnosticCategories.Transport,
        DiagnosticSeverity.Warning,
        title: "Endpoint uses a plain-text protocol",
        message: "Endpoint '{0}' is reached without TLS; credentials and data would travel unencrypted, use '{1}'",
        description: "An http://, ws:// or ftp:// address of a remote host sends requests, credentials and responses in clear text (CWE-319).",
        "CWE-319");

    public static readonly DiagnosticDescriptor CertificateValidationDisabled = Create(
        DiagnosticIds.CertificateValidationDisabled,
        DiagnosticCategories.Transport,
        DiagnosticSeverity.Warning,
        title: "TLS certificate validation is disabled",
        message: "{0}: {1}; anyone on the network path can impersonate the server",
        description: "A certificate validation callback that accepts every certificate, or ignores the errors it was given, turns TLS into unauthenticated encryption (CWE-295).",
        "CWE-295");

    public static readonly DiagnosticDescriptor ObsoleteTlsProtocol = Create(
        DiagnosticIds.ObsoleteTlsProtocol,
        DiagnosticCategories.Transport,
        DiagnosticSeverity.Warning,
        title: "Obsolete TLS or SSL protocol enabled",
        message: "'{0}' enables {1}, deprecated for known attacks; let the operating system choose the protocol",
        description: "SSL 2, SSL 3, TLS 1.0 and TLS 1.1 have known attacks and are disabled by current servers (CWE-327).",
        "CWE-327");

    private static DiagnosticDescriptor Create(
        string id,
        string category,
        DiagnosticSeverity severity,
        string title,
        string message,
        string description,
        string cwe) =>
        new(
            id,
            title,
            message,
            category,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLinks.For(id),
            customTags: new[] { cwe, "security" });
}
