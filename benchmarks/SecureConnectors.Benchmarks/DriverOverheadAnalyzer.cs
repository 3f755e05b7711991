using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// Does nothing on every string literal: what running any analyzer at all costs (the driver's walk of every
/// tree), so the transport analyzers' own work can be told apart from it.
/// </summary>
#pragma warning disable RS1001, RS1025, RS1026, RS1036, RS1041, RS2008 // a measuring stick, not a shipped analyzer
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DriverOverheadAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0001", "never reported", "never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.StringLiteralExpression);
    }
}
