using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// One counting parse per projection symbol and compilation, shared by the generator's projection step and by every
/// operation that returns the projection. In an editor the generator's transforms rerun for every declaration on
/// every keystroke (a new compilation each time); a projection returned by three operations was parsed four times.
/// Symbols are unique per compilation, so the table forgets a compilation's parses together with it.
/// </summary>
internal static class ProjectionParses
{
    private static readonly ConditionalWeakTable<INamedTypeSymbol, Result> Parsed = new();

    public static Result Get(INamedTypeSymbol projection, KnownTypes known, CancellationToken cancellationToken)
    {
        if (Parsed.TryGetValue(projection, out var cached))
        {
            return cached;
        }

        var problems = DeclarationProblems.Counting();
        var result = new Result(ProjectionParser.Parse(projection, known, problems, cancellationToken), problems);

        // Two threads may parse at once; either result is the same, keep the first.
        return Parsed.GetValue(projection, _ => result);
    }

    internal sealed class Result
    {
        public Result(ProjectionSpec? spec, DeclarationProblems problems)
        {
            Spec = spec;
            Problems = problems;
        }

        public ProjectionSpec? Spec { get; }

        /// <summary>The IDs of the problems found (a counting parse: no diagnostics, no locations).</summary>
        public DeclarationProblems Problems { get; }
    }
}
