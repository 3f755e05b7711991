using System.Linq;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.CodeFixes.Rules.Transport;

/// <summary>
/// SC2003: drops the obsolete flags from an or-expression, or, when nothing else is left, lets the operating
/// system choose (<c>SslProtocols.None</c>, <c>SecurityProtocolType.SystemDefault</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ObsoleteTlsProtocolCodeFixProvider))]
public sealed class ObsoleteTlsProtocolCodeFixProvider() : RuleCodeFixProvider(DiagnosticIds.ObsoleteTlsProtocol)
{
    private protected override IEnumerable<CodeAction> Offers(FixSite site)
    {
        if (site.Node is not ExpressionSyntax node
            || site.Model.GetOperation(node, site.CancellationToken) is not { } setting
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

    private static string TypeName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
}
