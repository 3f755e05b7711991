using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.Analyzers.Tests.Infrastructure;

/// <summary>Every analyzer the package ships, found in its assembly, for tests that run them all.</summary>
internal static class PackageAnalyzers
{
    public static readonly Assembly Assembly = typeof(HardcodedSecretAnalyzer).Assembly;

    public static ImmutableArray<DiagnosticAnalyzer> All() =>
        Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
}
