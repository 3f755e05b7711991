using System;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// A parse kept for as long as its symbol lives: symbols are unique per compilation, so a compilation's parses are
/// forgotten together with it, and every analyzer or generator step that asks about the same symbol of the same
/// compilation gets the one result.
/// </summary>
internal sealed class ParsedOncePerSymbol<TResult>
    where TResult : class
{
    private readonly ConditionalWeakTable<INamedTypeSymbol, TResult> parsed = new();

    public TResult Get(INamedTypeSymbol symbol, Func<TResult> parse)
    {
        if (parsed.TryGetValue(symbol, out var cached))
        {
            return cached;
        }

        var result = parse();

        // Two callers may parse at once; either result is the same, keep the first.
        return parsed.GetValue(symbol, _ => result);
    }
}
