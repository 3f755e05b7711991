using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>The scopes of every <c>[Grant(...)]</c> or <c>[Requires(...)]</c> on a symbol: distinct, blank ones dropped, sorted.</summary>
internal static class ScopeArguments
{
    public static List<string> Read(ISymbol symbol, INamedTypeSymbol? attributeType) =>
        symbol.GetAttributes()
            .Where(a => KnownTypes.Is(a.AttributeClass, attributeType))
            .SelectMany(a => a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Kind == TypedConstantKind.Array
                ? a.ConstructorArguments[0].Values.Select(v => v.Value as string)
                : Enumerable.Empty<string?>())
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => s!)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
}
