using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.CodeFixes.Infrastructure;

namespace SecureConnectors.CodeFixes.Rules.Scopes;

/// <summary>SC3002: removes the unused scope from <c>[Grant]</c>, and the attribute when nothing is left in it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnusedGrantCodeFixProvider))]
public sealed class UnusedGrantCodeFixProvider : CodeFixProvider
{
    private const string EquivalenceKey = nameof(UnusedGrantCodeFixProvider);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnusedGrant);

    public override FixAllProvider GetFixAllProvider() => new SolutionWideFixAll(ApplyAsync);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Remove the unused grant",
                    cancellationToken => ApplyAsync(context.Document.Project.Solution, ImmutableArray.Create(diagnostic), EquivalenceKey, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> ApplyAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        var editor = new SolutionEditor(solution);
        foreach (var group in diagnostics.GroupBy(d => d.Location.SourceTree))
        {
            if (solution.GetDocument(group.Key) is not { } document)
            {
                continue;
            }

            var documentEditor = await editor.GetDocumentEditorAsync(document.Id, cancellationToken).ConfigureAwait(false);
            var literals = group.Select(d => GrantArguments.FindLiteral(documentEditor.OriginalRoot, d)).OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>();
            GrantArguments.Remove(documentEditor, literals.ToList());
        }

        return editor.GetChangedSolution();
    }
}
