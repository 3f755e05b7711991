using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.CodeFixes.Infrastructure;

/// <summary>
/// Fix All for fixes whose edits meet in one place (several scopes added to one <c>[Grant]</c>, arguments removed
/// from one list) or land in another document (a projection): every diagnostic in scope is handed to one function
/// that applies them together, instead of merging per-diagnostic text changes.
/// </summary>
internal sealed class SolutionWideFixAll : FixAllProvider
{
    private readonly Func<Solution, ImmutableArray<Diagnostic>, string?, CancellationToken, Task<Solution>> apply;

    public SolutionWideFixAll(Func<Solution, ImmutableArray<Diagnostic>, string?, CancellationToken, Task<Solution>> apply)
    {
        this.apply = apply;
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
        new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext context)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        switch (context.Scope)
        {
            case FixAllScope.Document when context.Document is not null:
                diagnostics.AddRange(await context.GetDocumentDiagnosticsAsync(context.Document).ConfigureAwait(false));
                break;
            case FixAllScope.Project:
                diagnostics.AddRange(await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in context.Solution.Projects)
                {
                    diagnostics.AddRange(await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false));
                }

                break;
        }

        var all = diagnostics.ToImmutable();
        return all.IsEmpty
            ? null
            : CodeAction.Create(
                "Fix all occurrences",
                cancellationToken => apply(context.Solution, all, context.CodeActionEquivalenceKey, cancellationToken),
                context.CodeActionEquivalenceKey);
    }
}
