using System.Linq;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.CodeFixes.Rules.Transport;

/// <summary>
/// SC2002: removes the callback (the assignment statement, the initializer entry, the <c>+=</c>, or a named or
/// trailing argument) so the platform's validation applies again; turns <c>TrustServerCertificate</c> and other
/// distrusting connection string settings off; sets a named setting back to validating; accepts no certificate error
/// in an <c>SslPolicyErrors</c> setting (<c>SslPolicyErrors.None</c>, or no <c>|=</c>); validates WCF's service certificate
/// chain again (<c>X509CertificateValidationMode.ChainTrust</c> for <c>None</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CertificateValidationDisabledCodeFixProvider))]
public sealed class CertificateValidationDisabledCodeFixProvider() : RuleCodeFixProvider(DiagnosticIds.CertificateValidationDisabled)
{
    private protected override IEnumerable<CodeAction> Offers(FixSite site)
    {
        var node = site.Node;
        if (!site.Diagnostic.Properties.TryGetValue(CertificateValidationDisabledAnalyzer.KindProperty, out var kind))
        {
            yield break;
        }

        switch (kind)
        {
            case CertificateValidationDisabledAnalyzer.CallbackKind when RemovableNode(node) is { } removable:
                yield return site.Edit(
                    "Remove the certificate validation callback",
                    "RemoveCallback",
                    editor => editor.RemoveNode(removable, SyntaxRemoveOptions.KeepNoTrivia));
                break;
            case CertificateValidationDisabledAnalyzer.ConnectionStringKind when node is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax:
                // The literal as written holds the setting the analyzer read from its value.
                if (LiteralContent.TryLocate(node, out var written, out var start, out var length)
                    && ConnectionStringTrust.TryFind(written.Substring(start, length), out var found))
                {
                    var validatingWord = ValidatingWord(written.Substring(start + found.ValueIndex, found.ValueLength));
                    yield return site.Replace(
                        $"Set {found.Key} to {validatingWord}",
                        "DistrustServerCertificate",
                        node,
                        LiteralContent.Replace(node, written, start + found.ValueIndex, found.ValueLength, validatingWord));
                }

                break;
            case CertificateValidationDisabledAnalyzer.InstallingCallKind
                when node.FirstAncestorOrSelf<ArgumentSyntax>()?.Parent?.Parent is InvocationExpressionSyntax installing:
                // settings.ServerCertificateValidationCallback(AllowAll); alone goes; in a fluent chain the call's
                // receiver takes its place (the analyzer checked that the call returns the receiver's type).
                if (installing.Parent is ExpressionStatementSyntax call)
                {
                    yield return site.Edit("Remove the certificate validation callback", "RemoveCallback", editor => editor.RemoveNode(call, SyntaxRemoveOptions.KeepNoTrivia));
                }
                else if (installing.Expression is MemberAccessExpressionSyntax fluent)
                {
                    yield return site.Replace("Remove the certificate validation callback", "RemoveCallback", installing, fluent.Expression.WithTriviaFrom(installing));
                }

                break;
            case CertificateValidationDisabledAnalyzer.AcceptedErrorsKind when node.Parent is AssignmentExpressionSyntax accepting:
                if (accepting.IsKind(SyntaxKind.OrAssignmentExpression))
                {
                    // "|= RemoteCertificateNameMismatch" adds an accepted error: without the statement none is added.
                    if (accepting.Parent is ExpressionStatementSyntax statement)
                    {
                        yield return site.Edit("Accept no certificate error", "AcceptNoCertificateError", editor => editor.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia));
                    }
                }
                else if (node.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>().FirstOrDefault(
                    m => m.Name.Identifier.ValueText.StartsWith("RemoteCertificate", System.StringComparison.Ordinal)) is { } flag)
                {
                    // SslPolicyErrors.None, qualified as the accepted error was (System.Net.Security.SslPolicyErrors.None).
                    var none = flag.WithName(SyntaxFactory.IdentifierName("None")).WithoutTrivia().WithTriviaFrom(node);
                    yield return site.Replace("Accept no certificate error", "AcceptNoCertificateError", node, none);
                }

                break;
            case CertificateValidationDisabledAnalyzer.ValidationModeKind when node is MemberAccessExpressionSyntax none:
                // X509CertificateValidationMode.None -> .ChainTrust, WCF's default: the chain up to a trusted root.
                yield return site.Replace(
                    "Validate the certificate chain (ChainTrust)",
                    "ValidateCertificateChain",
                    node,
                    none.WithName(SyntaxFactory.IdentifierName("ChainTrust")).WithTriviaFrom(node));
                break;
            case CertificateValidationDisabledAnalyzer.HostnameCheckKind when node is MemberAccessExpressionSyntax none:
                // SslEndpointIdentificationAlgorithm.None -> .Https: the broker's certificate must name the broker.
                yield return site.Replace(
                    "Check the broker's host name (Https)",
                    "CheckBrokerHostName",
                    node,
                    none.WithName(SyntaxFactory.IdentifierName("Https")).WithTriviaFrom(node));
                break;
            case CertificateValidationDisabledAnalyzer.TrustPropertyKind
                when node is LiteralExpressionSyntax literal && literal.Parent is AssignmentExpressionSyntax assignment:
                // true turns validation off for AcceptAny.../TrustServerCertificate, false for Validate...: flip it.
                var validating = literal.IsKind(SyntaxKind.TrueLiteralExpression) ? SyntaxKind.FalseLiteralExpression : SyntaxKind.TrueLiteralExpression;
                var setting = assignment.Left is MemberAccessExpressionSyntax member ? member.Name.Identifier.ValueText : assignment.Left.ToString();
                var keyword = validating == SyntaxKind.TrueLiteralExpression ? "true" : "false";
                yield return site.Replace(
                    $"Set {setting} to {keyword}",
                    "DistrustServerCertificate",
                    node,
                    SyntaxFactory.LiteralExpression(validating).WithTriviaFrom(node));
                break;
        }
    }

    // The validating word, written as the original was: True -> False, true -> false, TRUE -> FALSE, yes -> no, and the
    // other way for a Verify... setting.
    private static string ValidatingWord(string word)
    {
        var validating = word.ToLowerInvariant() switch
        {
            "true" => "false",
            "false" => "true",
            "yes" => "no",
            _ => "yes",
        };
        if (word.Length > 1 && word.ToUpperInvariant() == word)
        {
            return validating.ToUpperInvariant();
        }

        return char.IsUpper(word[0]) ? char.ToUpperInvariant(validating[0]) + validating.Substring(1) : validating;
    }

    // The assignment (statement, initializer entry, +=) or an argument that can go without shifting the others.
    private static SyntaxNode? RemovableNode(SyntaxNode node)
    {
        if (node.FirstAncestorOrSelf<ArgumentSyntax>() is { } argument && argument.Parent is ArgumentListSyntax arguments)
        {
            return argument.NameColon is not null || arguments.Arguments.IndexOf(argument) == arguments.Arguments.Count - 1 ? argument : null;
        }

        var assignment = node.FirstAncestorOrSelf<AssignmentExpressionSyntax>();
        return assignment?.Parent switch
        {
            ExpressionStatementSyntax statement => statement,
            InitializerExpressionSyntax => assignment,
            _ => null,
        };
    }
}
