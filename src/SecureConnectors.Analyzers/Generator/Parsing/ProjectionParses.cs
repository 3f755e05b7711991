using System.Threading;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Generator.Incrementality;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// One counting parse per projection symbol and compilation, shared by the generator's projection step and by every
/// operation that returns the projection. In an editor the generator's transforms rerun for every declaration on
/// every keystroke (a new compilation each time); a projection returned by three operations was parsed four times.
///
/// </summary>
internal static class ProjectionParses
{
    private static readonly ComputedOncePerKey<INamedTypeSymbol, Result> Parsed = new();

    public static Result Get(INamedTypeSymbol projection, KnownTypes known, CancellationToken cancellationToken)
    {
        return Parsed.Get(projection, (known, cancellationToken), static (projection, state) =>
        {
            var problems = DeclarationProblems.Counting();
            return new Result(ProjectionParser.Parse(projection, state.known, problems, state.cancellationToken), problems);
        });
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
