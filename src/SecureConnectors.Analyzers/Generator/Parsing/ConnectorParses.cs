using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// One parse per connector symbol for both analyzers that need it (SC4xxx reports its problems, SC3xxx judges its
/// scopes). Symbols are unique per compilation, so the table forgets a compilation's parses together with it.
/// </summary>
internal static class ConnectorParses
{
    private static readonly ConditionalWeakTable<INamedTypeSymbol, Result> Parsed = new();

    public static Result Get(INamedTypeSymbol connector, KnownTypes known, CancellationToken cancellationToken)
    {
        if (Parsed.TryGetValue(connector, out var cached))
        {
            return cached;
        }

        var problems = DeclarationProblems.Collecting();
        var result = new Result(ConnectorParser.Parse(connector, known, problems, cancellationToken), problems.Diagnostics);

        // Two analyzers may parse at once; either result is the same, keep the first.
        return Parsed.GetValue(connector, _ => result);
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
