using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// An <c>SslPolicyErrors</c> setting that names the errors a client will accept, given certificate errors:
/// RabbitMQ.Client's <c>Ssl.AcceptablePolicyErrors = SslPolicyErrors.RemoteCertificateNameMismatch |
/// SslPolicyErrors.RemoteCertificateChainErrors</c>, or any library's or the code's own member of that type whose
/// name says it accepts, allows, ignores, tolerates or permits them. Accepting chain errors trusts any certificate;
/// accepting a name mismatch trusts any valid certificate of another host, which anyone can buy.
/// </summary>
internal static class AcceptedPolicyErrors
{
    private const int NotAvailable = 1;
    private const int NameMismatch = 2;
    private const int ChainErrors = 4;

    private static readonly string[] AcceptingWords = { "accept", "allow", "ignor", "tolerat", "permit", "skip" };

    /// <summary>Syntax only: an assignment to an accepting name whose value mentions a certificate error.</summary>
    public static bool MayAccept(AssignmentExpressionSyntax assignment)
    {
        var name = assignment.Left switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            _ => null,
        };
        if (name is null)
        {
            return false;
        }

        // The name first: it is at hand, while the value's text would be built for every assignment.
        foreach (var word in AcceptingWords)
        {
            if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return assignment.Right.ToString().IndexOf("RemoteCertificate", StringComparison.Ordinal) >= 0;
            }
        }

        return false;
    }

    /// <summary>What the assigned constant accepts, or null when the member is not an SslPolicyErrors or the value accepts no error.</summary>
    public static string? DescribeAccepted(IAssignmentOperation assignment, INamedTypeSymbol sslPolicyErrors)
    {
        var targetType = assignment.Target switch
        {
            IPropertyReferenceOperation property => property.Property.Type,
            IFieldReferenceOperation field => field.Field.Type,
            _ => null,
        };
        if (!SymbolEqualityComparer.Default.Equals(targetType, sslPolicyErrors)
            || assignment.Value.ConstantValue is not { HasValue: true, Value: { } value })
        {
            return null;
        }

        var flags = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
        var accepted = new List<string>();
        if ((flags & ChainErrors) != 0)
        {
            accepted.Add("certificates that chain to no trusted root");
        }

        if ((flags & NameMismatch) != 0)
        {
            accepted.Add("certificates issued to other hosts");
        }

        if ((flags & NotAvailable) != 0)
        {
            accepted.Add("a server without a certificate");
        }

        return accepted.Count == 0 ? null : "the client accepts " + string.Join(" and ", accepted);
    }
}
