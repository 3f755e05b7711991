using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// SC2002, libraries that ask an event instead of a callback: FluentFTP's <c>client.ValidateCertificate += (c, e) =>
/// e.Accept = true</c>, Mail.dll's <c>ServerCertificateValidate += (s, e) => e.IsValid = true</c>. A handler of an event
/// named for server-certificate validation that sets its event argument's verdict to <c>true</c> unconditionally (or
/// calls its <c>Accept()</c>) accepts every certificate. Outside test code, where such handlers meet throwaway servers.
/// Read from syntax (the handler written there, or the method a method group names), so it holds where the library's
/// types are missing from the build too. No fix: what the handler should check depends on the library.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AcceptingValidationHandlerAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.CertificateValidationDisabled);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // A test project's handlers meet its own throwaway servers: decided once, not per subscription.
            if (!Secrets.TestCode.IsTestProject(start.Compilation))
            {
                start.RegisterSyntaxNodeAction(Analyze, SyntaxKind.AddAssignmentExpression);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var subscription = (AssignmentExpressionSyntax)context.Node;
        var eventName = WrittenNames.Rightmost(subscription.Left);
        if (!NamesServerCertificateValidation(eventName)
            || Secrets.TestCode.IsTestFile(subscription.SyntaxTree)
            || AcceptingHandlers.FindHandler(subscription.Right, context.SemanticModel, context.CancellationToken) is not { } handler
            || !AcceptingHandlers.AcceptsUnconditionally(handler))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.CertificateValidationDisabled,
            subscription.Left.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(CertificateValidationDisabledAnalyzer.KindProperty, CertificateValidationDisabledAnalyzer.UnfixableKind),
            "'" + eventName + "'",
            eventName == "HostKeyReceived" ? "its handler trusts every server host key" : "its handler accepts every server certificate"));
    }

    // ValidateCertificate, ServerCertificateValidate, ValidatingCertificate; a server's check of its clients is another
    // matter. SSH.NET's HostKeyReceived: the SSH client's check of the server's host key, its one proof of the server.
    private static bool NamesServerCertificateValidation(string name) =>
        CertificateValidationDisabledAnalyzer.NamesServerCertificateValidation(name) || name == "HostKeyReceived";
}
