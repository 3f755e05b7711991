using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Diagnostics;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// SC5001: a secret or a personal/restricted field (see <see cref="SensitiveValues"/>) in the text or objects given
/// to a log sink (see <see cref="LogSinks"/>). Reported on the value, once per value and call, naming what it is and
/// where it goes. Not reported: <c>nameof(password)</c>, <c>secret.Length</c>, <c>TokenType</c>/<c>PasswordPolicy</c>
/// (their names do not say secret), public and internal fields, a <c>SecretString</c> (it prints "***").
/// Cost: the sink check is a method-name test before any symbol comparison; arguments are walked only for sinks.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretWrittenToLogAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SecretWrittenToLog);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var analyzer = new CompilationAnalyzer(start.Compilation);
            start.RegisterOperationAction(analyzer.AnalyzeInvocation, OperationKind.Invocation);
            start.RegisterOperationAction(analyzer.AnalyzeCreation, OperationKind.ObjectCreation);
        });
    }

    private sealed class CompilationAnalyzer
    {
        private readonly LogSinks sinks;
        private readonly SensitiveValues values;

        public CompilationAnalyzer(Compilation compilation)
        {
            sinks = new LogSinks(compilation);
            values = new SensitiveValues(compilation);
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (invocation.Arguments.IsEmpty || sinks.Describe(invocation) is not { } sink)
            {
                return;
            }

            Report(context, invocation.Arguments, sink);
        }

        public void AnalyzeCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Arguments.IsEmpty || sinks.Describe(creation) is not { } sink)
            {
                return;
            }

            Report(context, creation.Arguments, sink);
        }

        private void Report(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, string sink)
        {
            var found = new List<SensitiveValue>();
            foreach (var argument in arguments)
            {
                if (LogSinks.CarriesText(argument))
                {
                    values.Find(argument.Value, found);
                }
            }

            DestructuredObjects.Find(arguments, found);

            var reported = new HashSet<SyntaxNode>();
            foreach (var value in found)
            {
                if (!reported.Add(value.Operation.Syntax))
                {
                    continue;
                }

                var properties = LogReplacement.For(value.Operation) is { } replacement
                    ? ImmutableDictionary<string, string?>.Empty.Add(LogReplacement.Property, replacement)
                    : ImmutableDictionary<string, string?>.Empty;
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.SecretWrittenToLog,
                    value.Operation.Syntax.GetLocation(),
                    properties,
                    value.Kind,
                    value.Name,
                    sink));
            }
        }
    }
}
