using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Diagnostics;

/// <summary>One descriptor per ID. Messages name the symbol or sink, never a secret value.</summary>
internal static class Descriptors
{
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
