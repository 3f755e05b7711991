using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Whether a certificate callback accepts a certificate on its names alone: an answer, or one alternative of an
/// answer joined with <c>||</c>, that compares only the certificate's issuer or subject name
/// (<c>certificate?.Issuer == "CN=Contoso Root"</c>, <c>c.Subject.Contains("contoso")</c>,
/// <c>c.IssuerName.Name == ...</c>, <c>c.GetNameInfo(...)</c>) and neither the policy errors nor the chain. Whoever makes a
/// certificate writes its names: a self-signed one that claims the expected issuer passes. Pinning compares what only
/// the key holder has (the thumbprint, the hash, the public key) and is not this.
/// </summary>
internal static class CertificateNameOnlyChecks
{
    private static readonly HashSet<string> NameMembers = new()
    {
        "Issuer", "Subject", "IssuerName", "SubjectName", "GetNameInfo", "FriendlyName",
    };

    public static bool AcceptsOnNamesAlone(IReadOnlyList<ExpressionSyntax> returns, SyntaxNode body, string? certificate, string? chain, string? errors)
    {
        if (certificate is null)
        {
            return false;
        }

        foreach (var returned in returns)
        {
            foreach (var alternative in Alternatives(returned))
            {
                if (IsNameOnlyTest(alternative, certificate, chain, errors))
                {
                    return true;
                }
            }
        }

        // if (certificate.Subject == "CN=...") return true;
        foreach (var ifStatement in body.DescendantNodesAndSelf().OfType<IfStatementSyntax>())
        {
            if (ifStatement.Statement.DescendantNodesAndSelf().OfType<ReturnStatementSyntax>().Any(static r => r.Expression is { } e && e.IsKind(SyntaxKind.TrueLiteralExpression))
                && Alternatives(ifStatement.Condition).Any(a => IsNameOnlyTest(a, certificate, chain, errors)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<ExpressionSyntax> Alternatives(ExpressionSyntax expression)
    {
        expression = Parentheses.Strip(expression);
        if (expression is BinaryExpressionSyntax either && either.IsKind(SyntaxKind.LogicalOrExpression))
        {
            foreach (var left in Alternatives(either.Left))
            {
                yield return left;
            }

            foreach (var right in Alternatives(either.Right))
            {
                yield return right;
            }
        }
        else
        {
            yield return expression;
        }
    }

    // Reads a name of the certificate, and nothing of the errors, the chain or any other member of the certificate.
    private static bool IsNameOnlyTest(ExpressionSyntax alternative, string certificate, string? chain, string? errors)
    {
        var readsName = false;
        foreach (var identifier in alternative.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
        {
            var name = identifier.Identifier.ValueText;
            if (name == errors || name == chain)
            {
                return false;
            }

            // cert is not null && cert.Issuer.Equals("CN=localhost"): whether there is a certificate says nothing of it.
            if (name != certificate || CertificateCallbackInspector.IsNullCheck(identifier))
            {
                continue;
            }

            if (MemberReadFrom(identifier) is not { } member || !NameMembers.Contains(member))
            {
                return false; // the certificate itself, its thumbprint, hash or key: something else is checked
            }

            readsName = true;
        }

        return readsName;
    }

    // certificate.Issuer, certificate?.Issuer, certificate!.Subject: the member read from the parameter, or null.
    private static string? MemberReadFrom(IdentifierNameSyntax identifier)
    {
        SyntaxNode node = identifier;
        while (node.Parent is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } or ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Expression == node => access.Name.Identifier.ValueText,
            ConditionalAccessExpressionSyntax conditional when conditional.Expression == node => conditional.WhenNotNull switch
            {
                MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name.Identifier.ValueText,
                MemberAccessExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name.Identifier.ValueText,
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } } => binding.Name.Identifier.ValueText,
                _ => null,
            },
            _ => null,
        };
    }
}
