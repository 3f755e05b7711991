using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecureConnectors.Analyzers.Configuration;

/// <summary>
/// Parses an .editorconfig option once per distinct value within a compilation: every file of a project
/// usually sees the same value, and parsing it for each literal would be waste.
/// </summary>
internal sealed class AnalyzerOptionCache<T>
{
    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly string _key;
    private readonly Func<string?, T> _parse;
    private readonly ConcurrentDictionary<string, T> _parsed = new(StringComparer.Ordinal);
    private readonly T _unset;

    public AnalyzerOptionCache(AnalyzerConfigOptionsProvider provider, string key, Func<string?, T> parse)
    {
        _provider = provider;
        _key = key;
        _parse = parse;
        _unset = parse(null);
    }

    public T For(SyntaxTree tree)
    {
        if (!_provider.GetOptions(tree).TryGetValue(_key, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return _unset;
        }

        return _parsed.GetOrAdd(value, _parse);
    }
}
