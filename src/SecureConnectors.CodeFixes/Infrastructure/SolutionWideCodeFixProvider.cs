using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.CodeFixes.Infrastructure;

/// <summary>
/// A rule whose fixes meet (several scopes added to one <c>[Grant]</c>, the same usings added for every comparison)
/// or reach other documents: all of them go through one <see cref="ApplyAsync"/>. The single fix is that function
/// over its one diagnostic and Fix All is the same function over all of them, so both make the same edit.
/// </summary>
public abstract class SolutionWideCodeFixProvider : RuleCodeFixProvider
{
    private protected SolutionWideCodeFixProvider(string diagnosticId)
        : base(diagnosticId)
    {
    }

    public sealed override FixAllProvider GetFixAllProvider() => new SolutionWideFixAll(ApplyAsync);

    /// <summary>Applies the fix chosen by <paramref name="equivalenceKey"/> for every diagnostic, together.</summary>
    private protected abstract Task<Solution> ApplyAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken);

    private protected CodeAction ApplyToSite(FixSite site, string title, string equivalenceKey) =>
        CodeAction.Create(
            title,
            cancellationToken => ApplyAsync(site.Document.Project.Solution, ImmutableArray.Create(site.Diagnostic), equivalenceKey, cancellationToken),
            equivalenceKey);
}
