using System.Text.RegularExpressions;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.CodeFixes.Rules.Transport;

/// <summary>
/// SC2002: removes the callback (the assignment statement, the initializer entry, the <c>+=</c>, or a named or
/// trailing argument) so the platform's validation applies again; turns <c>TrustServerCertificate</c> off.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CertificateValidationDisabledCodeFixProvider))]
public sealed class CertificateValidationDisabledCodeFixProvider() : RuleCodeFixProvider(DiagnosticIds.CertificateValidationDisabled)
{
    private static readonly Regex TrustedValue = new(
        @"(Trust\s*Server\s*Certificate\s*=\s*['""]?)(true|yes)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

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
                var text = node.ToString();
                var fixedText = TrustedValue.Replace(text, static m => m.Groups[1].Value + (m.Groups[2].Value.ToLowerInvariant() == "yes" ? "no" : "False"), 1);
                yield return Distrust(site, node, SyntaxFactory.ParseExpression(fixedText).WithTriviaFrom(node));
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

    private static CodeAction Distrust(FixSite site, SyntaxNode node, SyntaxNode replacement) =>
        site.Replace("Set TrustServerCertificate to false", "DistrustServerCertificate", node, replacement);

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
