using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.CodeFixes.Rules.Secrets;

/// <summary>
/// SC1002: moves the user-info of a URL into an Authorization header (Basic) where the URL goes to an
/// HttpClient: <c>new HttpRequestMessage(method, url)</c> gets <c>Headers = { Authorization = ... }</c>,
/// <c>new HttpClient { BaseAddress = ... }</c> gets <c>DefaultRequestHeaders = { Authorization = ... }</c>, and a
/// call such as <c>client.GetAsync(url)</c> in a block gets the header set on the client just before it.
/// Query-string secrets and URLs that go anywhere else get no fix. The credential is still in the code after
/// the fix (SC1001 then offers to read it from the environment); it is no longer in the URL.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CredentialInUrlCodeFixProvider))]
public sealed class CredentialInUrlCodeFixProvider() : RuleCodeFixProvider(DiagnosticIds.CredentialInUrl)
{
    private protected override IEnumerable<CodeAction> Offers(FixSite site)
    {
        if (site.Node is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
            || !TryReadUserInfo(site.Diagnostic, literal.Token.ValueText, out var userInfoStart, out var userInfoLength)
            || Plan(literal, site.Model, site.CancellationToken) is not { } plan)
        {
            yield break;
        }

        var value = literal.Token.ValueText;
        var userInfo = Uri.UnescapeDataString(value.Substring(userInfoStart, userInfoLength - 1)); // without the '@'
        var urlWithout = value.Remove(userInfoStart, userInfoLength);
        yield return site.Change(
            "Move the credentials into an Authorization header",
            nameof(CredentialInUrlCodeFixProvider),
            _ => Task.FromResult(Apply(site.Document, site.Root, site.Model, literal, urlWithout, userInfo, plan)));
    }

    private enum Target
    {
        RequestMessage,
        ClientInitializer,
        ClientCall,
    }

    private readonly struct FixPlan
    {
        public FixPlan(Target target, SyntaxNode anchor, ExpressionSyntax? client)
        {
            Kind = target;
            Anchor = anchor;
            Client = client;
        }

        public Target Kind { get; }

        /// <summary>The creation that gets an initializer entry, or the statement that gets one before it.</summary>
        public SyntaxNode Anchor { get; }

        public ExpressionSyntax? Client { get; }
    }

    private static bool TryReadUserInfo(Diagnostic diagnostic, string value, out int start, out int length)
    {
        start = length = 0;
        return diagnostic.Properties.TryGetValue(CredentialInUrlAnalyzer.UserInfoStartProperty, out var startText)
            && diagnostic.Properties.TryGetValue(CredentialInUrlAnalyzer.UserInfoLengthProperty, out var lengthText)
            && int.TryParse(startText, NumberStyles.Integer, CultureInfo.InvariantCulture, out start)
            && int.TryParse(lengthText, NumberStyles.Integer, CultureInfo.InvariantCulture, out length)
            && start >= 0 && length > 1 && start + length <= value.Length;
    }

    // Where the URL goes: through new Uri(...) to an HttpRequestMessage, an HttpClient's BaseAddress, or an HttpClient call.
    private static FixPlan? Plan(LiteralExpressionSyntax literal, SemanticModel model, CancellationToken cancellationToken)
    {
        ExpressionSyntax url = literal;
        if (url.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax uriCreation } }
            && model.GetTypeInfo(uriCreation, cancellationToken).Type is { Name: "Uri" })
        {
            url = uriCreation;
        }

        if (url.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } consumer } })
        {
            var type = model.GetTypeInfo(consumer, cancellationToken).Type;
            if (consumer is BaseObjectCreationExpressionSyntax && type is { Name: "HttpRequestMessage" })
            {
                return new FixPlan(Target.RequestMessage, consumer, null);
            }

            if (consumer is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } invocation
                && model.GetTypeInfo(member.Expression, cancellationToken).Type is { Name: "HttpClient" }
                && invocation.FirstAncestorOrSelf<StatementSyntax>() is { Parent: BlockSyntax } statement)
            {
                return new FixPlan(Target.ClientCall, statement, member.Expression);
            }
        }

        if (url.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "BaseAddress" }, Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax clientCreation } }
            && model.GetTypeInfo(clientCreation, cancellationToken).Type is { Name: "HttpClient" })
        {
            return new FixPlan(Target.ClientInitializer, clientCreation, null);
        }

        return null;
    }

    private static Document Apply(Document document, SyntaxNode root, SemanticModel model, LiteralExpressionSyntax literal, string urlWithout, string userInfo, FixPlan plan)
    {
        var position = literal.SpanStart;
        var header = $"new {TypeNames.Shortest(model, position, "System.Net.Http.Headers", "AuthenticationHeaderValue")}(\"Basic\", "
            + $"{TypeNames.Shortest(model, position, "System", "Convert")}.ToBase64String({TypeNames.Shortest(model, position, "System.Text", "Encoding")}.UTF8.GetBytes("
            + SymbolDisplay.FormatLiteral(userInfo, quote: true) + ")))";
        var newLiteral = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(urlWithout)).WithTriviaFrom(literal);

        var anchor = plan.Anchor;
        var rewrittenAnchor = anchor.ReplaceNode(literal, newLiteral);
        SyntaxNode replacement;
        switch (plan.Kind)
        {
            case Target.RequestMessage:
                replacement = WithInitializerEntry((BaseObjectCreationExpressionSyntax)rewrittenAnchor, "Headers", header);
                break;
            case Target.ClientInitializer:
                replacement = WithInitializerEntry((BaseObjectCreationExpressionSyntax)rewrittenAnchor, "DefaultRequestHeaders", header);
                break;
            default:
                var statement = SyntaxFactory.ParseStatement($"{plan.Client}.DefaultRequestHeaders.Authorization = {header};")
                    .WithLeadingTrivia(anchor.GetLeadingTrivia())
                    .WithTrailingTrivia(anchor.GetTrailingTrivia());
                var block = (BlockSyntax)anchor.Parent!;
                var index = block.Statements.IndexOf((StatementSyntax)anchor);
                var statements = block.Statements.RemoveAt(index).Insert(index, (StatementSyntax)rewrittenAnchor).Insert(index, statement);
                return document.WithSyntaxRoot(root.ReplaceNode(block, block.WithStatements(statements)));
        }

        return document.WithSyntaxRoot(root.ReplaceNode(anchor, replacement));
    }

    // new HttpRequestMessage(...) { Headers = { Authorization = header } }, keeping any initializer it had.
    private static SyntaxNode WithInitializerEntry(BaseObjectCreationExpressionSyntax creation, string collection, string header)
    {
        var entry = $"{collection} = {{ Authorization = {header} }}";
        if (creation.Initializer is null)
        {
            return SyntaxFactory.ParseExpression($"{creation.WithoutTrivia()} {{ {entry} }}").WithTriviaFrom(creation);
        }

        // Keep the initializer's layout: the new entry takes the place (and trivia) of the end of the list.
        var initializer = creation.Initializer;
        var expressions = initializer.Expressions;
        var nodes = expressions.ToList();
        var separators = expressions.GetSeparators().ToList();
        var last = nodes[nodes.Count - 1];
        // "X = { ... }" is not an expression on its own: parse it where C# allows it, inside an initializer
        var added = ((BaseObjectCreationExpressionSyntax)SyntaxFactory.ParseExpression($"new object {{ {entry} }}")).Initializer!.Expressions[0];
        if (separators.Count == nodes.Count)
        {
            // multi-line with a trailing comma: one more line like the last one
            nodes.Add(added.WithLeadingTrivia(last.GetLeadingTrivia()));
            separators.Add(separators[separators.Count - 1]);
        }
        else
        {
            nodes[nodes.Count - 1] = last.WithoutTrailingTrivia();
            nodes.Add(added.WithTrailingTrivia(last.GetTrailingTrivia()));
            separators.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
        }

        var updated = initializer.WithExpressions(SyntaxFactory.SeparatedList(nodes, separators));
        return creation.WithInitializer(updated);
    }
}
