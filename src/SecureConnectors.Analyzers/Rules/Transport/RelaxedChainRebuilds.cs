using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A callback that answers with a chain it rebuilt after setting the chain policy's verification flags to
/// <c>AllFlags</c> or <c>AllowUnknownCertificateAuthority</c> (Unity's widely copied <c>MyRemoteCertificateValidationCallback</c>:
/// <c>chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllFlags; isOk = chain.Build(...)</c>): those flags
/// tell <c>Build</c> to accept an issuer nobody trusts, so the answer accepts any self-made certificate. A callback that
/// then checks the chain against a root or pin of its own (its elements, a thumbprint, a hash, an extra or custom
/// trust store) is the private-CA pattern and validates.
/// </summary>
internal static class RelaxedChainRebuilds
{
    public static bool AcceptsUnknownIssuers(SyntaxNode body)
    {
        var relaxes = false;
        foreach (var node in body.DescendantNodes(static n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax))
        {
            switch (node)
            {
                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "VerificationFlags" } } assignment
                    when NamesUnknownIssuerFlag(assignment.Right):
                    relaxes = true;
                    break;
                case IdentifierNameSyntax { Identifier.ValueText: "ChainElements" or "ExtraStore" or "CustomTrustStore" or "Thumbprint"
                    or "GetCertHash" or "GetCertHashString" or "GetPublicKey" or "GetPublicKeyString" or "RawData" or "PublicKey" }:
                    return false;
            }
        }

        return relaxes;
    }

    private static bool NamesUnknownIssuerFlag(ExpressionSyntax value)
    {
        foreach (var node in value.DescendantNodesAndSelf())
        {
            if (node is IdentifierNameSyntax { Identifier.ValueText: "AllFlags" or "AllowUnknownCertificateAuthority" })
            {
                return true;
            }
        }

        return false;
    }
}
