using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// SC2003: SSL 2.0, SSL 3.0, TLS 1.0 or TLS 1.1 set or or-ed into <c>SslProtocols</c> or
/// <c>SecurityProtocolType</c> (members, <c>SslProtocols.Default</c>, integer casts). One diagnostic per value
/// expression, on the whole expression. Reading, comparing or masking out the flags is not reported.
/// Syntax first: only a member access named like an obsolete flag, or a cast, reaches the semantic model.
/// In test code only the runtime's own TLS settings count (a handler's, <c>SslStream</c>'s, <c>ServicePointManager</c>'s):
/// flags that a test puts into its own or a library's configuration objects, locals or expected values are data
/// for comparing and serializing, not a connection's protocols.
/// Also a connection string literal to a remote server whose protocol list allows an obsolete protocol
/// (<see cref="ObsoleteConnectionProtocols"/>), outside test code.
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
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.SimpleMemberAccessExpression, SyntaxKind.CastExpression);
        context.RegisterCompilationStartAction(static start =>
        {
            // A driver's tests parse connection strings with every option in them: data, as SC2001 and SC2002 read them too.
            if (!Secrets.TestCode.IsTestProject(start.Compilation))
            {
                start.RegisterSyntaxNodeAction(AnalyzeConnectionString, StringLiterals.Kinds);
            }
        });
    }

    // "Server=mysql.contoso.com;TlsVersion=TLS 1.0, TLS 1.2", "cache.contoso.com:6380,ssl=true,sslProtocols=Tls|Tls12":
    // a remote server that the driver may negotiate an obsolete protocol with. Syntax only: the text decides.
    private static void AnalyzeConnectionString(SyntaxNodeAnalysisContext context)
    {
        var text = StringLiterals.TextOf(context.Node, PlainTextUrl.Hole);
        if (text is null
            || !ObsoleteConnectionProtocols.MayContainSetting(text)
            || Secrets.TestCode.IsTestFile(context.Node.SyntaxTree)
            || !ObsoleteConnectionProtocols.TryFind(text, out var finding)
            || ConnectionStringHosts.FirstRemoteHost(text) is not { } host)
        {
            return;
        }

        // The fix reads the setting again from the literal as written: no property to carry.
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ObsoleteTlsProtocol,
            context.Node.GetLocation(),
            finding.Key + "' in the connection string to '" + host,
            ObsoleteProtocols.Describe(finding.Flags)));
    }

    // (SecurityProtocolType)768, (SslProtocols)(192 | 768): the type's name is enough to go on.
    private static bool IsIntegerCastToProtocolType(CastExpressionSyntax cast) =>
        WrittenNames.Rightmost(cast.Type) is "SslProtocols" or "SecurityProtocolType"
        && cast.Expression is LiteralExpressionSyntax or ParenthesizedExpressionSyntax or BinaryExpressionSyntax;

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var isCandidate = context.Node switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText is "Ssl2" or "Ssl3" or "Tls" or "Tls11" or "Default"
                && WrittenNames.Rightmost(member.Expression) is "SslProtocols" or "SecurityProtocolType",
            CastExpressionSyntax cast => IsIntegerCastToProtocolType(cast),
            _ => false,
        };
        if (!isCandidate || SafeOperations.Of(context.SemanticModel, context.Node, context.CancellationToken) is not { } leaf)
        {
            return;
        }

        if (ObsoleteProtocols.LeafValue(leaf) is not { } value || (value & ObsoleteProtocols.ObsoleteMask) == 0)
        {
            return;
        }

        var setting = ObsoleteProtocols.SettingExpression(leaf);
        if (setting is null
            || (!ObsoleteProtocols.SetsRuntimeTlsSetting(setting) && (Secrets.TestCode.IsTestProject(context.Compilation) || Secrets.TestCode.IsTestFile(context.Node.SyntaxTree))))
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
