using System;
using System.Collections.Generic;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Boolean settings whose name says that they turn certificate validation off, in any library's or the code's
/// own configuration types: set to <c>true</c>, a name that accepts or trusts any, all, invalid, untrusted or
/// self-signed certificates (<c>DangerousAcceptAnyServerCertificate</c>, <c>AllowInsecureTls</c>,
/// <c>TrustAllCertificates</c>, <c>TrustServerCertificate</c>) or that ignores, skips, disables or bypasses their
/// validation or errors (<c>IgnoreSslErrors</c>, <c>SkipCertificateValidation</c>), that validates "any" (FluentFTP's
/// <c>ValidateAnyCertificate</c>), or that is just "insecure" and the protocol
/// (<c>tlsInsecure</c>); set to <c>false</c>, a name
/// that validates, verifies or checks TLS or server certificates or a certificate's name (<c>VerifySsl</c>,
/// <c>ValidateServerCertificate</c>, <c>checkCertificateName</c>;
/// a bare <c>ValidateCertificates</c> may be about signing certificates). Revocation checks are another matter and
/// are left alone.
/// </summary>
internal static class CertificateTrustSettings
{
    private static readonly HashSet<string> CertificateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "certificate", "certificates", "cert", "certs", "ssl", "tls", "x509",
    };

    private static readonly HashSet<string> AcceptVerbs = new(StringComparer.OrdinalIgnoreCase) { "accept", "allow", "trust" };

    private static readonly HashSet<string> AnyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "any", "all", "invalid", "untrusted", "unsafe", "insecure", "self", "selfsigned", "bad",
    };

    private static readonly HashSet<string> InsecureWords = new(StringComparer.OrdinalIgnoreCase) { "insecure", "unsafe" };

    private static readonly HashSet<string> SkipVerbs = new(StringComparer.OrdinalIgnoreCase) { "ignore", "skip", "disable", "bypass" };

    private static readonly HashSet<string> CheckWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "validation", "verification", "check", "checks", "checking", "errors", "error", "policy", "validate", "verify",
    };

    private static readonly HashSet<string> EnableVerbs = new(StringComparer.OrdinalIgnoreCase) { "enable", "enabled", "use", "require", "required" };

    private static readonly HashSet<string> CheckVerbs = new(StringComparer.OrdinalIgnoreCase) { "validate", "verify", "check" };

    private static readonly HashSet<string> TlsContextWords = new(StringComparer.OrdinalIgnoreCase) { "ssl", "tls", "server", "remote", "https" };

    /// <summary>The value that turns validation off for a setting of this name, or null when the name says nothing about it.</summary>
    public static bool? DisablingValue(string? name)
    {
        if (name is null || name.Length < 6)
        {
            return null;
        }

        // Go's tls.Config name, kept by NATS's NatsTlsOpts and other ports: no certificate word, but nothing else.
        if (name == "TrustServerCertificate" || name.Replace("_", "").Equals("InsecureSkipVerify", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Every assignment of a bool literal asks; most names say nothing about certificates and stop here unsplit.
        if (!Mentions(name, "cert") && !Mentions(name, "ssl") && !Mentions(name, "tls") && !Mentions(name, "x509"))
        {
            return null;
        }

        var words = Words(name);
        if (!words.Overlaps(CertificateWords) || words.Contains("revocation"))
        {
            return null;
        }

        if ((words.Overlaps(AcceptVerbs) && words.Overlaps(AnyWords)) || (words.Overlaps(SkipVerbs) && words.Overlaps(CheckWords)))
        {
            return true;
        }

        // FluentFTP's ValidateAnyCertificate: "validate any" accepts any (ValidateAllCertificates checks them all).
        if (words.Contains("validate") && words.Contains("any"))
        {
            return true;
        }

        // .NET Framework's <servicePointManager checkCertificateName="false">, VerifyCertificateName: the check that the
        // certificate was issued to the host, which false turns off.
        if (words.Overlaps(CheckVerbs) && words.Contains("name") && !words.Overlaps(SkipVerbs))
        {
            return false;
        }

        // Nothing but "insecure" and the protocol: MongoDB's tlsInsecure, a client's InsecureSsl.
        if (words.Count == 2 && words.Overlaps(InsecureWords))
        {
            return true;
        }

        // "ValidateCertificates = false" alone may be about signing certificates (a SAML identity provider's, pinned
        // by configuration): only a name that says TLS or the server (VerifySsl, ValidateServerCertificate) counts.
        // EnableSslCertificateVerification (Confluent.Kafka): enabling the check, which false turns off.
        var checks = words.Overlaps(CheckVerbs) || (words.Overlaps(EnableVerbs) && words.Overlaps(CheckWords));
        return checks && words.Overlaps(TlsContextWords) && !words.Overlaps(SkipVerbs) && !words.Overlaps(AcceptVerbs) ? false : null;
    }

    private static bool Mentions(string name, string part) => name.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;

    // "DangerousAcceptAnyServerCertificate" -> dangerous, accept, any, server, certificate; "ignore_ssl_errors" too.
    private static HashSet<string> Words(string name)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            var boundary = i == name.Length
                || !char.IsLetterOrDigit(name[i])
                || (char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
                || (char.IsUpper(name[i]) && i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]));
            if (boundary)
            {
                var word = name.Substring(start, i - start).Trim('_', '-', '.');
                if (word.Length > 0)
                {
                    words.Add(word);
                }

                start = i < name.Length && !char.IsLetterOrDigit(name[i]) ? i + 1 : i;
            }
        }

        return words;
    }
}
