using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Rules.Logging;

namespace SecureConnectors.CodeFixes.Rules.Logging;

/// <summary>
/// SC5001: logs the value's name instead of the value (<c>nameof(password)</c>, or <c>"[redacted]"</c> where the
/// value has no name), as the analyzer computed it; offered only where a string fits the position. The log line
/// keeps saying which value was involved, and nothing is lost that a log should have held.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SecretWrittenToLogCodeFixProvider))]
public sealed class SecretWrittenToLogCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SecretWrittenToLog);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(LogReplacement.Property, out var replacementText) || replacementText is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax node
                || node.Span != diagnostic.Location.SourceSpan)
            {
                continue;
            }

            var replacement = SyntaxFactory.ParseExpression(replacementText).WithTriviaFrom(node);
            var title = replacementText == LogReplacement.Placeholder ? "Log a placeholder instead of the value" : "Log the name instead of the value";
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(node, replacement))),
                    equivalenceKey: nameof(SecretWrittenToLogCodeFixProvider)),
                diagnostic);
        }
    }
}
