using System;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.CodeFixes.Rules.Transport;

/// <summary>SC2001: rewrites the scheme to its TLS counterpart (https, wss, ftps) and keeps the rest of the literal.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlainHttpUrlCodeFixProvider))]
public sealed class PlainHttpUrlCodeFixProvider() : RuleCodeFixProvider(DiagnosticIds.PlainHttpUrl)
{
    private protected override IEnumerable<CodeAction> Offers(FixSite site)
    {
        var properties = site.Diagnostic.Properties;
        if (site.Node is not ExpressionSyntax node
            || !properties.TryGetValue(PlainHttpUrlAnalyzer.SchemeProperty, out var scheme) || scheme is null
            || !properties.TryGetValue(PlainHttpUrlAnalyzer.SecureSchemeProperty, out var secure) || secure is null
            || Rewrite(node, scheme, secure) is not { } replacement)
        {
            yield break;
        }

        yield return site.Replace($"Use {secure.ToLowerInvariant()}://", nameof(PlainHttpUrlCodeFixProvider), node, replacement);
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
}
