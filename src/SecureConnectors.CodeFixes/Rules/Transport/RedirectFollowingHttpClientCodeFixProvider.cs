using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.CodeFixes.Infrastructure;

namespace SecureConnectors.CodeFixes.Rules.Transport;

/// <summary>
/// SC2004: turns the handler's own redirects off, where the analyzer found a place that is safe to edit: an inline
/// <c>new HttpClientHandler()</c> / <c>new SocketsHttpHandler()</c> gets <c>AllowAutoRedirect = false</c> in its
/// initializer (a constant <c>true</c> there becomes <c>false</c>); a <c>new HttpClient()</c> with no handler gets
/// <c>new HttpClientHandler { AllowAutoRedirect = false }</c>, its initializer kept. The generated client follows
/// redirects itself and keeps the credential on its origin. No fix for a handler held in a local (it may serve
/// other clients) or set later.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedirectFollowingHttpClientCodeFixProvider))]
public sealed class RedirectFollowingHttpClientCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = "DisableHandlerRedirects";
    private const string AllowAutoRedirect = "AllowAutoRedirect";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RedirectFollowingHttpClient);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(RedirectFollowingHttpClientAnalyzer.FixProperty, out var fix)
                || diagnostic.AdditionalLocations.Count == 0
                || diagnostic.AdditionalLocations[0] is not { SourceTree: { } tree } location
                || tree != root.SyntaxTree)
            {
                continue;
            }

            var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            if (node is not BaseObjectCreationExpressionSyntax creation)
            {
                continue;
            }

            switch (fix)
            {
                case RedirectFollowingHttpClientAnalyzer.DisableRedirectsFix:
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Set 'AllowAutoRedirect = false' on the handler",
                            cancellationToken => ReplaceAsync(context.Document, creation, DisableRedirects(creation), cancellationToken),
                            EquivalenceKey),
                        diagnostic);
                    break;
                case RedirectFollowingHttpClientAnalyzer.AddHandlerFix when creation.ArgumentList is null or { Arguments.Count: 0 }:
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Build the HttpClient on a handler with 'AllowAutoRedirect = false'",
                            cancellationToken => AddHandlerAsync(context.Document, creation, cancellationToken),
                            EquivalenceKey),
                        diagnostic);
                    break;
            }
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
    }

    private static async Task<Document> AddHandlerAsync(Document document, BaseObjectCreationExpressionSyntax client, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return document;
        }

        var handlerName = TypeNames.Shortest(model, client.SpanStart, "System.Net.Http", "HttpClientHandler");
        var arguments = SyntaxFactory.ParseArgumentList("(new " + handlerName + " { " + AllowAutoRedirect + " = false })");
        SyntaxNode replacement = client switch
        {
            ObjectCreationExpressionSyntax { ArgumentList: null } explicitType =>
                explicitType
                    .WithType(explicitType.Type.WithoutTrailingTrivia())
                    .WithArgumentList(arguments.WithTrailingTrivia(explicitType.Type.GetTrailingTrivia())),
            ObjectCreationExpressionSyntax explicitType =>
                explicitType.WithArgumentList(arguments.WithTriviaFrom(explicitType.ArgumentList!)),
            ImplicitObjectCreationExpressionSyntax implicitType =>
                implicitType.WithArgumentList(arguments.WithTriviaFrom(implicitType.ArgumentList)),
            _ => client,
        };
        return await ReplaceAsync(document, client, replacement, cancellationToken).ConfigureAwait(false);
    }

    // new HttpClientHandler() -> new HttpClientHandler { AllowAutoRedirect = false }; an initializer gets the entry
    // added at its end, or its AllowAutoRedirect = true turned to false.
    private static SyntaxNode DisableRedirects(BaseObjectCreationExpressionSyntax handler)
    {
        var entry = SyntaxFactory.AssignmentExpression(
            SyntaxKind.SimpleAssignmentExpression,
            SyntaxFactory.IdentifierName(AllowAutoRedirect),
            SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression));

        if (handler.Initializer is not { } initializer)
        {
            var added = SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.SingletonSeparatedList<ExpressionSyntax>(entry.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space)));
            return handler switch
            {
                ObjectCreationExpressionSyntax { ArgumentList: null or { Arguments.Count: 0 } } explicitType =>
                    explicitType
                        .WithType(explicitType.Type.WithoutTrailingTrivia().WithTrailingTrivia(SyntaxFactory.Space))
                        .WithArgumentList(null)
                        .WithInitializer(added.WithTrailingTrivia(explicitType.ArgumentList?.GetTrailingTrivia() ?? explicitType.Type.GetTrailingTrivia())),
                _ => handler
                    .WithoutTrailingTrivia()
                    .WithInitializer(added.WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(handler.GetTrailingTrivia())),
            };
        }

        var existing = initializer.Expressions
            .OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(static a => a.Left is IdentifierNameSyntax { Identifier.ValueText: AllowAutoRedirect });
        if (existing is not null)
        {
            return handler.ReplaceNode(existing.Right, entry.Right.WithTriviaFrom(existing.Right));
        }

        return handler.WithInitializer(Append(initializer, entry));
    }

    // Keeps the initializer's layout: one line stays one line, one entry per line stays so, a trailing comma stays.
    private static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, ExpressionSyntax entry)
    {
        var expressions = initializer.Expressions;
        if (expressions.Count == 0)
        {
            return initializer.WithExpressions(SyntaxFactory.SingletonSeparatedList(entry.WithTrailingTrivia(SyntaxFactory.Space)))
                .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space));
        }

        var last = expressions[expressions.Count - 1];
        var nodes = expressions.GetWithSeparators().ToList();
        if (expressions.SeparatorCount == expressions.Count)
        {
            // { A = 1, B = 2, }: the new entry goes after the trailing comma, with a comma of its own.
            var trailingComma = expressions.GetSeparator(expressions.SeparatorCount - 1);
            nodes.Add(entry.WithLeadingTrivia(last.GetLeadingTrivia()));
            nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(trailingComma.TrailingTrivia));
        }
        else
        {
            var afterLast = last.GetTrailingTrivia();
            nodes[nodes.Count - 1] = last.WithoutTrailingTrivia();
            nodes.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(afterLast.Any(SyntaxKind.EndOfLineTrivia) ? afterLast : SyntaxFactory.TriviaList(SyntaxFactory.Space)));
            nodes.Add(entry.WithLeadingTrivia(last.GetLeadingTrivia()).WithTrailingTrivia(afterLast));
        }

        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(nodes));
    }
}
