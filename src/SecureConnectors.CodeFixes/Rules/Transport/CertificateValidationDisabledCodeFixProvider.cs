using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.CodeFixes.Rules.Transport;

/// <summary>
/// SC2002: removes the callback (the assignment statement, the initializer entry, the <c>+=</c>, or a named or
/// trailing argument) so the platform's validation applies again; turns <c>TrustServerCertificate</c> off.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CertificateValidationDisabledCodeFixProvider))]
public sealed class CertificateValidationDisabledCodeFixProvider : CodeFixProvider
{
    private static readonly Regex TrustedValue = new(
        @"(Trust\s*Server\s*Certificate\s*=\s*['""]?)(true|yes)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CertificateValidationDisabled);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is null || !diagnostic.Properties.TryGetValue(CertificateValidationDisabledAnalyzer.KindProperty, out var kind))
            {
                continue;
            }

            switch (kind)
            {
                case CertificateValidationDisabledAnalyzer.CallbackKind when RemovableNode(node) is { } removable:
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Remove the certificate validation callback",
                            cancellationToken => RemoveAsync(context.Document, removable, cancellationToken),
                            equivalenceKey: "RemoveCallback"),
                        diagnostic);
                    break;
                case CertificateValidationDisabledAnalyzer.ConnectionStringKind when node is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax:
                    var text = node.ToString();
                    var fixedText = TrustedValue.Replace(text, static m => m.Groups[1].Value + (m.Groups[2].Value.ToLowerInvariant() == "yes" ? "no" : "False"), 1);
                    RegisterReplacement(context, diagnostic, node, SyntaxFactory.ParseExpression(fixedText).WithTriviaFrom(node));
                    break;
                case CertificateValidationDisabledAnalyzer.TrustPropertyKind when node is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression }:
                    RegisterReplacement(context, diagnostic, node, SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression).WithTriviaFrom(node));
                    break;
            }
        }
    }

    private static void RegisterReplacement(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node, SyntaxNode replacement) =>
        context.RegisterCodeFix(
            CodeAction.Create(
                "Set TrustServerCertificate to false",
                async cancellationToken =>
                {
                    var root = await context.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    return root is null ? context.Document : context.Document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
                },
                equivalenceKey: "DistrustServerCertificate"),
            diagnostic);

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

    private static async Task<Document> RemoveAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        editor.RemoveNode(node, SyntaxRemoveOptions.KeepNoTrivia);
        return editor.GetChangedDocument();
    }
}
