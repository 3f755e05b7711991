using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Diagnostics;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// SC2003: SSL 2.0, SSL 3.0, TLS 1.0 or TLS 1.1 set or or-ed into <c>SslProtocols</c> or
/// <c>SecurityProtocolType</c> (members, <c>SslProtocols.Default</c>, integer casts). One diagnostic per value
/// expression, on the whole expression. Reading, comparing or masking out the flags is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ObsoleteTlsProtocolAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ObsoleteTlsProtocol);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.FieldReference, OperationKind.Conversion);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var leaf = context.Operation;
        if (ObsoleteProtocols.LeafValue(leaf) is not { } value || (value & ObsoleteProtocols.ObsoleteMask) == 0)
        {
            return;
        }

        var setting = ObsoleteProtocols.SettingExpression(leaf);
        if (setting is null)
        {
            return;
        }

        // Report once per expression: from its first obsolete leaf, with the flags of all of them.
        long obsolete = 0;
        IOperation? first = null;
        foreach (var candidate in ObsoleteProtocols.Leaves(setting))
        {
            if (ObsoleteProtocols.LeafValue(candidate) is { } candidateValue && (candidateValue & ObsoleteProtocols.ObsoleteMask) != 0)
            {
                first ??= candidate;
                obsolete |= candidateValue & ObsoleteProtocols.ObsoleteMask;
            }
        }

        if (first is null || first.Syntax != leaf.Syntax)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ObsoleteTlsProtocol,
            setting.Syntax.GetLocation(),
            setting.Syntax.ToString(),
            ObsoleteProtocols.Describe(obsolete)));
    }
}
