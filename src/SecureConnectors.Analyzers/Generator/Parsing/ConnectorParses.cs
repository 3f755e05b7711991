using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Generator.Incrementality;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// One parse per connector symbol for both analyzers that need it (SC4xxx reports its problems, SC3xxx judges its
/// scopes), carried over to the next compilation while the connector's file and every declaration are untouched: an
/// editor that analyses the whole project on each keystroke (csharp-ls does) would otherwise parse every connector
/// again for an edit inside some method body.
/// </summary>
internal static class ConnectorParses
{
    private static readonly ComputedOncePerKey<INamedTypeSymbol, Result> Parsed = new();

    /// <summary>Keyed by declaration node: the analyzers' own, apart from the generator's (whose specs carry no diagnostics).</summary>
    internal static ParsesReusedAcrossCompilations<Result> AcrossEdits { get; } = new();

    public static Result Get(INamedTypeSymbol connector, KnownTypes known, CancellationToken cancellationToken)
    {
        return Parsed.Get(connector, (known, cancellationToken), static (connector, state) =>
            AcrossEdits.GetForType(connector, state.known.Compilation, (connector, state.known, state.cancellationToken), Parse, Result.FitsIn, state.cancellationToken)!);
    }

    private static Result Parse((INamedTypeSymbol Connector, KnownTypes Known, CancellationToken CancellationToken) state)
    {
        var problems = DeclarationProblems.Collecting();
        return new Result(ConnectorParser.Parse(state.Connector, state.Known, problems, state.CancellationToken), problems.Diagnostics);
    }

    internal sealed class Result
    {
        public Result(ConnectorSpec? spec, IReadOnlyList<Diagnostic> diagnostics)
        {
            Spec = spec;
            Diagnostics = diagnostics;
        }

        public ConnectorSpec? Spec { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public static bool FitsIn(Result result, Compilation compilation) => DiagnosticLocations.AllIn(result.Diagnostics, compilation);
    }
}
