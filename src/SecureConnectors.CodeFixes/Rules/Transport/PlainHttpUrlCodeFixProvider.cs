using System;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.CodeFixes.Rules.Transport;

/// <summary>
/// SC2001: rewrites the scheme to its TLS counterpart (https, wss, ftps, amqps, mqtts) and keeps the rest of the literal,
/// but for the plain scheme's registered port written out, which becomes the TLS one (<see cref="SchemePorts"/>).
/// Turns a connection string's encryption on, and a client's TLS switch (<c>EnableSsl = true</c>,
/// <c>SecureSocketOptions.StartTls</c>, a builder's <c>WithSSL(true)</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlainHttpUrlCodeFixProvider))]
public sealed class PlainHttpUrlCodeFixProvider() : RuleCodeFixProvider(DiagnosticIds.PlainHttpUrl)
{
    private static readonly char[] AuthorityEnds = { '/', '?', '#', '"' };

    private protected override IEnumerable<CodeAction> Offers(FixSite site)
    {
        var properties = site.Diagnostic.Properties;
        if (properties.TryGetValue(TlsSwitchedOffAnalyzer.SwitchProperty, out var tlsSwitch) && tlsSwitch is not null)
        {
            // EnableSsl = false -> EnableSsl = true
            if (site.Node is AssignmentExpressionSyntax assignment)
            {
                var on = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(assignment.Right);
                yield return site.Replace($"Turn TLS on ({tlsSwitch} = true)", "TurnTlsOn", assignment, assignment.WithRight(on));
            }

            // .WithSSL(false) -> .WithSSL(true): a builder's switch, reported on its argument
            if (site.Node is LiteralExpressionSyntax off && off.IsKind(SyntaxKind.FalseLiteralExpression))
            {
                var on = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(off);
                yield return site.Replace($"Turn TLS on ({tlsSwitch}(true))", "TurnTlsOn", off, on);
            }

            yield break;
        }

        if (properties.TryGetValue(TlsSwitchedOffAnalyzer.SecureOptionProperty, out var option) && option is not null)
        {
            // SecureSocketOptions.None -> SecureSocketOptions.StartTls (SslOnConnect on port 465), SecurityProtocol.SaslPlaintext -> SaslSsl
            if (site.Node is MemberAccessExpressionSyntax none)
            {
                var secured = none.WithName(SyntaxFactory.IdentifierName(option).WithTriviaFrom(none.Name));
                yield return site.Replace($"Use {WrittenEnum(none)}.{option}", "TurnTlsOn", none, secured);
            }

            yield break;
        }

        if (properties.TryGetValue(PlainHttpUrlAnalyzer.SecureValueProperty, out var secureValue) && secureValue is not null)
        {
            if (site.Node is ExpressionSyntax literal && WithSecureSetting(literal, secureValue) is { } secured)
            {
                yield return site.Replace($"Turn encryption on ({secureValue})", "EncryptConnection", literal, secured);
            }

            yield break;
        }

        if (site.Node is not ExpressionSyntax node
            || !properties.TryGetValue(PlainHttpUrlAnalyzer.SchemeProperty, out var scheme) || scheme is null
            || !properties.TryGetValue(PlainHttpUrlAnalyzer.SecureSchemeProperty, out var secure) || secure is null
            || Rewrite(node, scheme, secure) is not { } replacement)
        {
            yield break;
        }

        yield return site.Replace($"Use {secure.ToLowerInvariant()}://", nameof(PlainHttpUrlCodeFixProvider), node, replacement);
    }

    // SecureSocketOptions, SecurityProtocol: the enum as written, without its namespace.
    private static string WrittenEnum(MemberAccessExpressionSyntax member) => member.Expression switch
    {
        MemberAccessExpressionSyntax qualified => qualified.Name.Identifier.ValueText,
        IdentifierNameSyntax name => name.Identifier.ValueText,
        var other => other.ToString(),
    };

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

        var rewritten = text.Substring(0, index) + secure + WithSecurePort(text.Substring(index + scheme.Length), scheme);
        return SyntaxFactory.ParseExpression(rewritten).WithTriviaFrom(node);
    }

    // "Server=sql.contoso.com;Encrypt=False" -> "Encrypt=True": the setting the analyzer read, found again in the
    // literal as written.
    private static ExpressionSyntax? WithSecureSetting(ExpressionSyntax node, string secureValue)
    {
        if (!LiteralContent.TryLocate(node, out var written, out var start, out var length)
            || !PlainConnectionSettings.TryFind(written.Substring(start, length), out var setting, out _))
        {
            return null;
        }

        return LiteralContent.Replace(node, written, start + setting.ValueIndex, setting.ValueLength, secureValue);
    }

    // "://user:pw@broker.contoso.com:5672/vhost" -> ":5671": the plain scheme's registered port, written out, follows
    // the scheme to TLS. Any other port is the server's choice and is kept.
    private static string WithSecurePort(string rest, string scheme)
    {
        if (!rest.StartsWith("://", StringComparison.Ordinal))
        {
            return rest;
        }

        var authorityEnd = rest.IndexOfAny(AuthorityEnds, 3);
        if (authorityEnd < 0)
        {
            authorityEnd = rest.Length;
        }

        // The last ':' of the authority, unless it is inside an IPv6 literal's brackets or before a user-info's '@'.
        var colon = rest.LastIndexOf(':', authorityEnd - 1, authorityEnd - 3);
        var bracket = colon < 0 ? -1 : rest.IndexOf(']', colon, authorityEnd - colon);
        if (colon < 0 || bracket >= 0)
        {
            return rest;
        }

        var port = rest.Substring(colon + 1, authorityEnd - colon - 1);
        return SchemePorts.SecurePortFor(scheme, port) is { } securePort
            ? rest.Substring(0, colon + 1) + securePort + rest.Substring(authorityEnd)
            : rest;
    }
}
