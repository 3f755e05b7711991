using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.CodeFixes.Rules.Transport;

/// <summary>
/// SC2003: drops the obsolete flags from an or-expression, or, when nothing else is left, lets the operating
/// system choose (<c>SslProtocols.None</c>, <c>SecurityProtocolType.SystemDefault</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ObsoleteTlsProtocolCodeFixProvider))]
public sealed class ObsoleteTlsProtocolCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ObsoleteTlsProtocol);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax node
                || model.GetOperation(node, context.CancellationToken) is not { } setting
                || Rewrite(setting) is not { } replacement)
            {
                continue;
            }

            var title = replacement.AllObsolete ? "Let the operating system choose the protocol" : "Remove the obsolete protocols";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    cancellationToken => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(node, replacement.Expression.WithTriviaFrom(node)))),
                    equivalenceKey: nameof(ObsoleteTlsProtocolCodeFixProvider)),
                diagnostic);
        }
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
