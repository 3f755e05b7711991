using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Infrastructure;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// SC2001 for clients whose TLS is switched off beside a remote server's name, outside test code: a switch named to
/// turn TLS on set to false (<c>new SmtpClient("smtp.sendgrid.net", 587) { EnableSsl = false }</c>, an options object's
/// <c>UseSsl = false</c> beside its <c>Host</c>; <see cref="TlsSwitches"/>), and MailKit's
/// <c>Connect("smtp.contoso.com", 25, SecureSocketOptions.None)</c>, FluentFTP's <c>EncryptionMode = FtpEncryptionMode.None</c>,
/// MQTTnet's <c>WithTcpServer(host, 1883)</c> in a chain without <c>WithTls</c>.
/// The server must be written where the switch is: the
/// creation's server argument, a server member of the same initializer, or the creation a local was initialized
/// with. A switch with no visible server, or a local one (a development mail catcher on localhost), is left alone, as
/// is a generic switch (<c>UseSsl</c>, not System.Net.Mail's <c>EnableSsl</c>) beside a mail submission port, where the
/// client may still upgrade with STARTTLS (<see cref="TlsSwitches.NeverUpgrades"/>).
/// Syntax first: only an assignment of <c>false</c> to such a name, or a call that names <c>SecureSocketOptions.None</c>,
/// reaches the semantic model.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TlsSwitchedOffAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The switch's name, for the fix that sets it to true.</summary>
    internal const string SwitchProperty = "TlsSwitch";

    /// <summary>The MailKit option that turns TLS on for the call's port, for the fix.</summary>
    internal const string SecureOptionProperty = "SecureSocketOption";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.PlainHttpUrl);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            // Tests switch TLS off against their own fakes and local servers, as they write plain connection strings.
            if (!TestCode.IsTestProject(start.Compilation))
            {
                start.RegisterSyntaxNodeAction(AnalyzeSwitch, SyntaxKind.SimpleAssignmentExpression);
                start.RegisterSyntaxNodeAction(AnalyzePlainTextMember, SyntaxKind.SimpleAssignmentExpression);
                start.RegisterSyntaxNodeAction(AnalyzeMailKitConnect, SyntaxKind.InvocationExpression);
                start.RegisterSyntaxNodeAction(AnalyzeBuilderSwitch, SyntaxKind.InvocationExpression);
                start.RegisterSyntaxNodeAction(AnalyzePlainMqttPort, SyntaxKind.InvocationExpression);
                start.RegisterSyntaxNodeAction(AnalyzeInsecureChannel, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);
            }
        });
    }

    private static void AnalyzeSwitch(SyntaxNodeAnalysisContext context)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (!assignment.Right.IsKind(SyntaxKind.FalseLiteralExpression)
            || WrittenNames.Rightmost(assignment.Left) is not { Length: > 0 } name
            || !TlsSwitches.IsTlsSwitch(name)
            || TestCode.IsTestFile(assignment.SyntaxTree)
            || CreationBeside(assignment, context.SemanticModel, context.CancellationToken) is not { } creation
            || ServerOf(creation, context.SemanticModel, context.CancellationToken) is not { } host
            || !HostClassifier.IsRemoteHost(host)
            || (!TlsSwitches.NeverUpgrades(name) && PortOf(creation, context.SemanticModel, context.CancellationToken) is { } port && TlsSwitches.IsStartTlsPort(port)))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.PlainHttpUrl,
            assignment.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(SwitchProperty, name),
            host,
            name + " = true"));
    }

    // Enum settings that mean plain text, and the member that turns TLS on, per (setting, enum, member):
    // new ProducerConfig { BootstrapServers = "broker.contoso.com:9092", SecurityProtocol = SecurityProtocol.SaslPlaintext }
    // (Confluent.Kafka: records and a SASL password in clear to a remote broker); var client = new AsyncFtpClient(
    // "ftp.partner.com", user, password); client.Config.EncryptionMode = FtpEncryptionMode.None (FluentFTP: the password and
    // the files in clear; Explicit is AUTH TLS on the same port).
    private static readonly (string Setting, string Enum, string Off, string On)[] PlainTextMembers =
    {
        ("SecurityProtocol", "SecurityProtocol", "Plaintext", "Ssl"),
        ("SecurityProtocol", "SecurityProtocol", "SaslPlaintext", "SaslSsl"),
        ("EncryptionMode", "FtpEncryptionMode", "None", "Explicit"),
    };

    private static void AnalyzePlainTextMember(SyntaxNodeAnalysisContext context)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (assignment.Right is not MemberAccessExpressionSyntax plain
            || SecureMemberFor(WrittenNames.Rightmost(assignment.Left), WrittenNames.Rightmost(plain.Expression), plain.Name.Identifier.ValueText) is not { } secure
            || TestCode.IsTestFile(assignment.SyntaxTree)
            || CreationBeside(assignment, context.SemanticModel, context.CancellationToken) is not { } creation
            || ServerOf(creation, context.SemanticModel, context.CancellationToken) is not { } host
            || !HostClassifier.IsRemoteHost(host))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.PlainHttpUrl,
            plain.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(SecureOptionProperty, secure),
            host,
            WrittenNames.Rightmost(plain.Expression) + "." + secure));
    }

    private static string? SecureMemberFor(string? setting, string? enumName, string member)
    {
        foreach (var entry in PlainTextMembers)
        {
            if (entry.Setting == setting && entry.Enum == enumName && entry.Off == member)
            {
                return entry.On;
            }
        }

        return null;
    }

    // new MqttClientOptionsBuilder().WithTcpServer("broker.partner.com", 1883).WithCredentials(user, password): MQTT's
    // registered plain-text port, to a remote broker, in a chain that never calls WithTls. No fix: TLS needs 8883 and
    // WithTls together, and the broker must serve it.
    private static void AnalyzePlainMqttPort(SyntaxNodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "WithTcpServer" }
            || invocation.ArgumentList.Arguments.Count < 2
            || TestCode.IsTestFile(invocation.SyntaxTree)
            || context.SemanticModel.GetConstantValue(invocation.ArgumentList.Arguments[1].Expression, context.CancellationToken) is not { HasValue: true, Value: 1883 }
            || StringLiterals.TextOf(invocation.ArgumentList.Arguments[0].Expression, PlainTextUrl.Hole) is not { } server
            || !(server.IndexOf(PlainTextUrl.Hole) >= 0 ? HostClassifier.HasFixedRemoteDomain(server.ToLowerInvariant()) : TlsSwitches.HostOf(server) is { } host && HostClassifier.IsRemoteHost(host))
            || ChainCalls(invocation, "WithTls"))
        {
            return;
        }

        var port = invocation.ArgumentList.Arguments[1].Expression;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.PlainHttpUrl, port.GetLocation(), server.Replace(PlainTextUrl.Hole, '*'), "port 8883 with WithTls()"));
    }

    // Whether any call of the fluent chain around the invocation starts with the name (WithTls, WithTlsOptions).
    private static bool ChainCalls(InvocationExpressionSyntax invocation, string prefix)
    {
        for (var current = ChainTop(invocation); current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }; current = member.Expression)
        {
            if (member.Name.Identifier.ValueText.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // client.Connect("smtp.contoso.com", 25, SecureSocketOptions.None): MailKit's way of saying no TLS at all.
    private static void AnalyzeMailKitConnect(SyntaxNodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Connect" or "ConnectAsync" }
            || invocation.ArgumentList.Arguments.Count < 2
            || NoneOption(invocation.ArgumentList) is not { } none
            || TestCode.IsTestFile(invocation.SyntaxTree)
            || ConstantString(invocation.ArgumentList.Arguments[0].Expression, context.SemanticModel, context.CancellationToken) is not { } server
            || TlsSwitches.HostOf(server) is not { } host
            || !HostClassifier.IsRemoteHost(host))
        {
            return;
        }

        var option = UsesPort(invocation.ArgumentList, 465) ? "SslOnConnect" : "StartTls";
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.PlainHttpUrl,
            none.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(SecureOptionProperty, option),
            host,
            "SecureSocketOptions." + option));
    }

    // new MinioClient().WithEndpoint("minio.contoso.com:9000").WithSSL(false): a builder's TLS switch, turned off in a
    // chain that names a remote server (WithEndpoint, WithHost, UseServer, SetUrl: a server setting's name after With,
    // Use or Set).
    private static void AnalyzeBuilderSwitch(SyntaxNodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name }
            || invocation.ArgumentList.Arguments.Count != 1
            || !invocation.ArgumentList.Arguments[0].Expression.IsKind(SyntaxKind.FalseLiteralExpression)
            || !(TlsSwitches.IsTlsSwitch(name) || TlsSwitches.IsTlsSwitch(WithoutBuilderVerb(name)))
            || TestCode.IsTestFile(invocation.SyntaxTree)
            || ServerInChain(invocation, context.SemanticModel, context.CancellationToken) is not { } host
            || !HostClassifier.IsRemoteHost(host)
            || (!TlsSwitches.NeverUpgrades(WithoutBuilderVerb(name)) && PortInChain(invocation, context.SemanticModel, context.CancellationToken) is { } port
                && TlsSwitches.IsStartTlsPort(port)))
        {
            return;
        }

        var off = invocation.ArgumentList.Arguments[0].Expression;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.PlainHttpUrl,
            off.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(SwitchProperty, name),
            host,
            name + "(true)"));
    }

    // new Channel("pricing.contoso.com", 50051, ChannelCredentials.Insecure): Grpc.Core's channel without TLS, to a
    // remote server (GrpcChannel's http:// address is a URL, reported as one).
    private static void AnalyzeInsecureChannel(SyntaxNodeAnalysisContext context)
    {
        var creation = (BaseObjectCreationExpressionSyntax)context.Node;
        if (creation.ArgumentList is not { Arguments.Count: >= 2 } arguments
            || InsecureCredentials(arguments) is not { } insecure
            || (creation is ObjectCreationExpressionSyntax { Type: var type } ? WrittenNames.Rightmost(type) : context.SemanticModel.GetTypeInfo(creation, context.CancellationToken).Type?.Name) != "Channel"
            || TestCode.IsTestFile(creation.SyntaxTree)
            || ConstantString(arguments.Arguments[0].Expression, context.SemanticModel, context.CancellationToken) is not { } target
            || TlsSwitches.HostOf(target) is not { } host
            || !HostClassifier.IsRemoteHost(host))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.PlainHttpUrl, insecure.GetLocation(), host, "ChannelCredentials.SecureSsl"));
    }

    private static MemberAccessExpressionSyntax? InsecureCredentials(ArgumentListSyntax arguments)
    {
        foreach (var argument in arguments.Arguments)
        {
            if (argument.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Insecure" } member
                && WrittenNames.Rightmost(member.Expression) == "ChannelCredentials")
            {
                return member;
            }
        }

        return null;
    }

    private static string WithoutBuilderVerb(string name)
    {
        foreach (var verb in BuilderVerbs)
        {
            if (name.Length > verb.Length && name.StartsWith(verb, System.StringComparison.Ordinal) && char.IsUpper(name[verb.Length]))
            {
                return name.Substring(verb.Length);
            }
        }

        return name;
    }

    private static readonly string[] BuilderVerbs = { "With", "Use", "Set" };

    // The server a call of the same fluent chain names with a constant: the calls before the switch and after it.
    private static string? ServerInChain(InvocationExpressionSyntax invocation, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        SettingInChain(invocation, TlsSwitches.IsServerSetting, model, cancellationToken) is string server ? TlsSwitches.HostOf(server) : null;

    // .WithPort(587), or the port of .WithEndpoint("smtp.contoso.com:587"): where a generic switch may only mean STARTTLS.
    private static int? PortInChain(InvocationExpressionSyntax invocation, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (SettingInChain(invocation, TlsSwitches.IsPortSetting, model, cancellationToken) is int port)
        {
            return port;
        }

        var server = SettingInChain(invocation, TlsSwitches.IsServerSetting, model, cancellationToken) as string;
        var colon = server?.LastIndexOf(':') ?? -1;
        return colon > 0 && int.TryParse(server!.Substring(colon + 1).TrimEnd('/'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var written)
            ? written
            : null;
    }

    // The last call of the fluent chain an invocation stands in: walking back from it visits every call of the chain.
    private static ExpressionSyntax ChainTop(InvocationExpressionSyntax invocation)
    {
        ExpressionSyntax top = invocation;
        while (top.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax outer } access && access.Expression == top)
        {
            top = outer;
        }

        return top;
    }

    private static object? SettingInChain(
        InvocationExpressionSyntax invocation, System.Func<string, bool> names, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        for (var current = ChainTop(invocation); current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } call; current = member.Expression)
        {
            if (names(WithoutBuilderVerb(member.Name.Identifier.ValueText))
                && call.ArgumentList.Arguments.Count >= 1
                && model.GetConstantValue(call.ArgumentList.Arguments[0].Expression, cancellationToken) is { HasValue: true, Value: { } value })
            {
                return value;
            }
        }

        return null;
    }

    private static MemberAccessExpressionSyntax? NoneOption(ArgumentListSyntax arguments)
    {
        foreach (var argument in arguments.Arguments)
        {
            if (argument.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "None" } member
                && WrittenNames.Rightmost(member.Expression) == "SecureSocketOptions")
            {
                return member;
            }
        }

        return null;
    }

    private static bool UsesPort(ArgumentListSyntax arguments, int port)
    {
        foreach (var argument in arguments.Arguments)
        {
            if (argument.Expression is LiteralExpressionSyntax { Token.Value: int value } && value == port)
            {
                return true;
            }
        }

        return false;
    }

    // The creation the switch belongs to: the one whose initializer holds it (new SmtpClient("smtp.contoso.com") {
    // EnableSsl = false }), or the one a local was initialized with (var smtp = new SmtpClient("smtp.contoso.com");
    // smtp.EnableSsl = false;). Its server and port are written there.
    private static BaseObjectCreationExpressionSyntax? CreationBeside(AssignmentExpressionSyntax assignment, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation })
        {
            return creation;
        }

        // client.UseSsl = false, and client.Config.EncryptionMode = ...: the local at the root of the receiver.
        var root = (assignment.Left as MemberAccessExpressionSyntax)?.Expression;
        while (root is MemberAccessExpressionSyntax member)
        {
            root = member.Expression;
        }

        if (root is IdentifierNameSyntax receiver
            && model.GetSymbolInfo(receiver, cancellationToken).Symbol is ILocalSymbol local
            && local.DeclaringSyntaxReferences.Length == 1
            && local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax initialized }
            && initialized.SyntaxTree == assignment.SyntaxTree)
        {
            return initialized;
        }

        return null;
    }

    private static string? ServerOf(BaseObjectCreationExpressionSyntax creation, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        WrittenSetting(creation, TlsSwitches.IsServerSetting, model, cancellationToken) is string value ? TlsSwitches.HostOf(value) : null;

    private static int? PortOf(BaseObjectCreationExpressionSyntax creation, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        WrittenSetting(creation, TlsSwitches.IsPortSetting, model, cancellationToken) as int?;

    // A constant written for a setting of the creation: a member of its initializer, or the argument bound to a
    // constructor parameter of that name (SmtpClient(string host, int port)).
    private static object? WrittenSetting(
        BaseObjectCreationExpressionSyntax creation, System.Func<string, bool> names, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (creation.Initializer is { } initializer)
        {
            foreach (var expression in initializer.Expressions)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax member } setting
                    && names(member.Identifier.ValueText)
                    && model.GetConstantValue(setting.Right, cancellationToken) is { HasValue: true, Value: { } value })
                {
                    return value;
                }
            }
        }

        if (creation.ArgumentList is not { Arguments.Count: > 0 } arguments
            || model.GetSymbolInfo(creation, cancellationToken).Symbol is not IMethodSymbol constructor)
        {
            return null;
        }

        for (var i = 0; i < arguments.Arguments.Count && i < constructor.Parameters.Length; i++)
        {
            var argument = arguments.Arguments[i];
            var parameter = argument.NameColon is { } named
                ? named.Name.Identifier.ValueText
                : constructor.Parameters[i].Name;
            if (names(parameter) && model.GetConstantValue(argument.Expression, cancellationToken) is { HasValue: true, Value: { } value })
            {
                return value;
            }
        }

        return null;
    }

    private static string? ConstantString(ExpressionSyntax expression, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: string value } ? value : null;
}
