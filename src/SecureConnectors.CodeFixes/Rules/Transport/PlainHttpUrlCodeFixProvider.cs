using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.CodeFixes.Rules.Transport;

/// <summary>SC2001: rewrites the scheme to its TLS counterpart (https, wss, ftps) and keeps the rest of the literal.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlainHttpUrlCodeFixProvider))]
public sealed class PlainHttpUrlCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PlainHttpUrl);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax node
                || !diagnostic.Properties.TryGetValue(PlainHttpUrlAnalyzer.SchemeProperty, out var scheme) || scheme is null
                || !diagnostic.Properties.TryGetValue(PlainHttpUrlAnalyzer.SecureSchemeProperty, out var secure) || secure is null
                || Rewrite(node, scheme, secure) is not { } replacement)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {secure.ToLowerInvariant()}://",
                    cancellationToken => ReplaceAsync(context.Document, node, replacement, cancellationToken),
                    equivalenceKey: nameof(PlainHttpUrlCodeFixProvider)),
                diagnostic);
        }
    }

    private static ExpressionSyntax? Rewrite(ExpressionSyntax node, string scheme, string secure)
    {
        if (node is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "UriSchemeHttp" or "UriSchemeWs" or "UriSchemeFtp" } member)
        {
            var name = member.Name.Identifier.ValueText + (member.Name.Identifier.ValueText == "UriSchemeWs" ? "s" : "s");
            return member.WithName(SyntaxFactory.IdentifierName(name).WithTriviaFrom(member.Name));
        }

        if (node is not (LiteralExpressionSyntax or InterpolatedStringExpressionSyntax))
        {
            return null;
        }

        var text = node.ToString();
        var separator = text.IndexOf(scheme + "://", StringComparison.Ordinal);

        // Two URLs in one literal (a JSON payload with a "$schema" beside the endpoint): which one was reported is not
        // known here, and rewriting the other would change a value the rule did not judge. No fix is safer than a wrong one.
        if (separator >= 0 && text.IndexOf(scheme + "://", separator + 1, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        var index = separator >= 0 ? separator : text.IndexOf(scheme, StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        var rewritten = text.Substring(0, index) + secure + text.Substring(index + scheme.Length);
        return SyntaxFactory.ParseExpression(rewritten).WithTriviaFrom(node);
    }

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
    }
}
