using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Generator.Incrementality;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// One parse per connector symbol for both analyzers that need it (SC4xxx reports its problems, SC3xxx judges its
/// scopes).
/// </summary>
internal static class ConnectorParses
{
    private static readonly ComputedOncePerKey<INamedTypeSymbol, Result> Parsed = new();

    public static Result Get(INamedTypeSymbol connector, KnownTypes known, CancellationToken cancellationToken)
    {
        return Parsed.Get(connector, (known, cancellationToken), static (connector, state) =>
        {
            var problems = DeclarationProblems.Collecting();
            return new Result(ConnectorParser.Parse(connector, state.known, problems, state.cancellationToken), problems.Diagnostics);
        });
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
    }
}
