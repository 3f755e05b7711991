using System.Linq;
using SecureConnectors.Analyzers.Rules.Transport;

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
public sealed class RedirectFollowingHttpClientCodeFixProvider() : RuleCodeFixProvider(DiagnosticIds.RedirectFollowingHttpClient)
{
    private const string EquivalenceKey = "DisableHandlerRedirects";
    private const string AllowAutoRedirect = "AllowAutoRedirect";

    // The diagnostic is on the connector's use of the client; what to edit (the handler or the HttpClient creation)
    // is its first additional location, when that is in this document.
    private protected override SyntaxNode? ReportedNode(SyntaxNode root, Diagnostic diagnostic) =>
        diagnostic.AdditionalLocations.Count > 0 && diagnostic.AdditionalLocations[0] is { SourceTree: { } tree } location && tree == root.SyntaxTree
            ? FixSite.NodeAt(root, location.SourceSpan)
            : null;

    private protected override IEnumerable<CodeAction> Offers(FixSite site)
    {
        if (!site.Diagnostic.Properties.TryGetValue(RedirectFollowingHttpClientAnalyzer.FixProperty, out var fix)
            || site.Node is not BaseObjectCreationExpressionSyntax creation)
        {
            yield break;
        }

        switch (fix)
        {
            case RedirectFollowingHttpClientAnalyzer.DisableRedirectsFix:
                yield return site.Replace("Set 'AllowAutoRedirect = false' on the handler", EquivalenceKey, creation, DisableRedirects(creation));
                break;
            case RedirectFollowingHttpClientAnalyzer.AddHandlerFix when creation.ArgumentList is null or { Arguments.Count: 0 }:
                yield return site.Replace("Build the HttpClient on a handler with 'AllowAutoRedirect = false'", EquivalenceKey, creation, WithHandler(site.Model, creation));
                break;
        }
    }

    // new HttpClient() -> new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }), its initializer kept.
    private static SyntaxNode WithHandler(SemanticModel model, BaseObjectCreationExpressionSyntax client)
    {
        var handlerName = TypeNames.Shortest(model, client.SpanStart, "System.Net.Http", "HttpClientHandler");
        var arguments = SyntaxFactory.ParseArgumentList("(new " + handlerName + " { " + AllowAutoRedirect + " = false })");
        return client switch
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
