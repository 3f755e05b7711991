using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecureConnectors.Analyzers.Configuration;

/// <summary>
/// Reads an option from .editorconfig (per file), falling back to an MSBuild property made visible to the
/// compiler by build/SecureConnectors.props (per project). Each distinct value is parsed once per compilation:
/// every file of a project usually sees the same value, and parsing it for each literal would be waste.
/// </summary>
internal sealed class AnalyzerOptionCache<T>
{
    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly string _key;
    private readonly string? _buildPropertyKey;
    private readonly Func<string?, T> _parse;
    private readonly ConcurrentDictionary<string, T> _parsed = new(StringComparer.Ordinal);
    private readonly T _unset;

    public AnalyzerOptionCache(AnalyzerConfigOptionsProvider provider, string key, string? msbuildProperty, Func<string?, T> parse)
    {
        _provider = provider;
        _key = key;
        _buildPropertyKey = msbuildProperty is null ? null : "build_property." + msbuildProperty;
        _parse = parse;
        _unset = parse(null);
    }

    public T For(SyntaxTree tree) => For(_provider.GetOptions(tree));

    /// <summary>The option for an additional file (a configuration file), from the sections that match its path.</summary>
    public T For(AdditionalText file) => For(_provider.GetOptions(file));

    private T For(AnalyzerConfigOptions options)
    {
        if ((!options.TryGetValue(_key, out var value) || string.IsNullOrWhiteSpace(value))
            && (_buildPropertyKey is null || !_provider.GlobalOptions.TryGetValue(_buildPropertyKey, out value) || string.IsNullOrWhiteSpace(value)))
        {
            return _unset;
        }

        return _parsed.GetOrAdd(value, _parse);
    }
}
