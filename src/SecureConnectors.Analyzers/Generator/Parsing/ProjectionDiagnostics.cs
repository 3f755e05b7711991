using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Generator.Incrementality;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// The SC4xxx problems of a projection declaration, for the analyzer that reports them: parsed once per declaration and
/// reused by the next compilation while the projection's file and every declaration are untouched (see
/// <see cref="ConnectorParses"/>).
/// </summary>
internal static class ProjectionDiagnostics
{
    internal static ParsesReusedAcrossCompilations<Found> AcrossEdits { get; } = new();

    public static IReadOnlyList<Diagnostic> Get(INamedTypeSymbol projection, KnownTypes known, CancellationToken cancellationToken) =>
        AcrossEdits.GetForType(projection, known.Compilation, (projection, known, cancellationToken), Parse, Found.FitsIn, cancellationToken)!.Diagnostics;

    private static Found Parse((INamedTypeSymbol Projection, KnownTypes Known, CancellationToken CancellationToken) state)
    {
        var problems = DeclarationProblems.Collecting();
        ProjectionParser.Parse(state.Projection, state.Known, problems, state.CancellationToken);
        return new Found(problems.Diagnostics);
    }

    internal sealed class Found
    {
        public Found(IReadOnlyList<Diagnostic> diagnostics)
        {
            Diagnostics = diagnostics;
        }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public static bool FitsIn(Found found, Compilation compilation) => DiagnosticLocations.AllIn(found.Diagnostics, compilation);
    }
}
