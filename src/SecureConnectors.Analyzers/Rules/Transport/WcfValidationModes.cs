using System;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// WCF's switch for the service certificate check: <c>CertificateValidationMode = X509CertificateValidationMode.None</c>
/// on a client's <c>ServiceCertificate.SslCertificateAuthentication</c> or <c>ServiceCertificate.Authentication</c>
/// (an <c>X509ServiceCertificateAuthentication</c>) accepts any certificate the service presents, as an accept-all
/// callback does. Read from the written names, so that it holds where System.ServiceModel is not referenced yet
/// (CoreWCF's and the WCF client packages' samples). A service's check of its clients' certificates
/// (<c>ClientCertificate.Authentication</c>, <c>X509ClientCertificateAuthentication</c>) is left alone, as SC2002 leaves
/// client-certificate callbacks.
/// </summary>
internal static class WcfValidationModes
{
    public const string EnumName = "X509CertificateValidationMode";

    public static bool TurnsServiceCheckOff(AssignmentExpressionSyntax assignment) =>
        WrittenNames.IsEnumMember(assignment.Right, EnumName, "None") && !ChecksClients(assignment);

    private static bool ChecksClients(AssignmentExpressionSyntax assignment)
    {
        // clientCredentials.ClientCertificate.Authentication.CertificateValidationMode = ...
        if (assignment.Left.ToString().IndexOf("ClientCertificate", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        // new X509ClientCertificateAuthentication { CertificateValidationMode = ... }
        return assignment.Parent is InitializerExpressionSyntax { Parent: ObjectCreationExpressionSyntax creation }
            && creation.Type.ToString().IndexOf("ClientCertificate", StringComparison.Ordinal) >= 0;
    }
}
