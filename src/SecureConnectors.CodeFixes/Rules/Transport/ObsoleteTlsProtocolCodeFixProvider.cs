using System.Linq;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using SecureConnectors.Analyzers.Infrastructure;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.CodeFixes.Infrastructure;

namespace SecureConnectors.CodeFixes.Rules.Transport;

/// <summary>
/// SC2003: drops the obsolete flags from an or-expression, or, when nothing else is left, lets the operating
/// system choose (<c>SslProtocols.None</c>, <c>SecurityProtocolType.SystemDefault</c>). In a connection string, drops
/// the obsolete entries from the protocol list, or the whole setting when nothing else is left.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ObsoleteTlsProtocolCodeFixProvider))]
public sealed class ObsoleteTlsProtocolCodeFixProvider() : RuleCodeFixProvider(DiagnosticIds.ObsoleteTlsProtocol)
{
    private protected override IEnumerable<CodeAction> Offers(FixSite site)
    {
        if (site.Node is LiteralExpressionSyntax or InterpolatedStringExpressionSyntax)
        {
            if (WithoutObsoleteEntries((ExpressionSyntax)site.Node) is { } literal)
            {
                var literalTitle = literal.AllObsolete ? "Let the operating system choose the protocol" : "Remove the obsolete protocols";
                yield return site.Replace(literalTitle, nameof(ObsoleteTlsProtocolCodeFixProvider), site.Node, literal.Expression);
            }

            yield break;
        }

        if (site.Node is not ExpressionSyntax node
            || SafeOperations.Of(site.Model, node, site.CancellationToken) is not { } setting
            || Rewrite(setting) is not { } replacement)
        {
            yield break;
        }

        var title = replacement.AllObsolete ? "Let the operating system choose the protocol" : "Remove the obsolete protocols";
        yield return site.Replace(title, nameof(ObsoleteTlsProtocolCodeFixProvider), node, replacement.Expression.WithTriviaFrom(node));
    }

    private static (ExpressionSyntax Expression, bool AllObsolete)? Rewrite(IOperation setting)
    {
        var enumType = setting.Type is { } type && ObsoleteProtocols.IsProtocolEnum(type)
            ? type
            : ObsoleteProtocols.Leaves(setting).Select(static l => l.Type).FirstOrDefault(ObsoleteProtocols.IsProtocolEnum);
        if (enumType is null)
        {
            return null;
        }

        var kept = new List<string>();
        foreach (var leaf in ObsoleteProtocols.Leaves(setting))
        {
            var value = ObsoleteProtocols.LeafValue(leaf);
            if (value is null)
            {
                kept.Add(leaf.Syntax.ToString());
            }
            else if ((value.Value & ObsoleteProtocols.ObsoleteMask) == 0)
            {
                kept.Add(leaf.Syntax.ToString());
            }
            else if ((value.Value & ~ObsoleteProtocols.ObsoleteMask) != 0 && leaf is IConversionOperation)
            {
                var writtenType = leaf.Syntax is CastExpressionSyntax cast ? cast.Type.ToString() : TypeName(enumType);
                kept.Add($"({writtenType}){value.Value & ~ObsoleteProtocols.ObsoleteMask}");
            }
        }

        if (kept.Count == 0)
        {
            // Keep the qualifier the user wrote (SslProtocols.Tls -> SslProtocols.None); else a simplified full name.
            var member = enumType.Name == "SslProtocols" ? "None" : "SystemDefault";
            var written = ObsoleteProtocols.Leaves(setting).Select(static l => l.Syntax).OfType<MemberAccessExpressionSyntax>().FirstOrDefault();
            var expression = written is not null
                ? SyntaxFactory.ParseExpression($"{written.Expression}.{member}")
                : SyntaxFactory.ParseExpression($"{TypeName(enumType)}.{member}").WithAdditionalAnnotations(Simplifier.Annotation);
            return (expression, true);
        }

        return (SyntaxFactory.ParseExpression(string.Join(" | ", kept)), false);
    }

    // "TlsVersion=TLS 1.0, TLS 1.2" -> "TlsVersion=TLS 1.2"; "TlsVersion=TLS 1.1;" goes with its separator, and the
    // driver then leaves the choice to the operating system.
    private static (ExpressionSyntax Expression, bool AllObsolete)? WithoutObsoleteEntries(ExpressionSyntax node)
    {
        if (!LiteralContent.TryLocate(node, out var written, out var start, out var length)
            || !ObsoleteConnectionProtocols.TryFind(written.Substring(start, length), out var finding))
        {
            return null;
        }

        if (finding.KeptValue is { } kept)
        {
            return (LiteralContent.Replace(node, written, start + finding.ValueIndex, finding.ValueLength, kept), false);
        }

        var content = written.Substring(start, length);
        var settingStart = finding.KeyIndex;
        var settingEnd = finding.ValueIndex + finding.ValueLength;
        while (settingEnd < content.Length && content[settingEnd] is ' ' or '\'' or '"')
        {
            settingEnd++;
        }

        if (settingEnd < content.Length && content[settingEnd] is ';' or '&' or ',')
        {
            settingEnd++;
        }
        else
        {
            // The last setting: the separator before it goes instead.
            while (settingStart > 0 && content[settingStart - 1] == ' ')
            {
                settingStart--;
            }

            if (settingStart > 0 && content[settingStart - 1] is ';' or '&' or ',')
            {
                settingStart--;
            }
        }

        return (LiteralContent.Replace(node, written, start + settingStart, settingEnd - settingStart, ""), true);
    }

    private static string TypeName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}
