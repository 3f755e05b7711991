using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// SC2002: TLS certificate validation turned off. A certificate validation callback is any delegate that
/// returns bool and takes <c>SslPolicyErrors</c> (HttpClientHandler, SocketsHttpHandler's SslOptions,
/// SslStream, ServicePointManager, HttpWebRequest, ...). It is reported where it is installed (assignment,
/// initializer, <c>+=</c>, argument) when <see cref="CertificateCallbackInspector"/> finds that it does not
/// validate, or when it is <c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c>. Also
/// <c>TrustServerCertificate=True</c> in a connection string or on a connection string builder, a connection string
/// setting named to turn validation off (<c>tlsAllowInvalidCertificates=true</c>, outside test code), an
/// <c>SslPolicyErrors</c> setting that accepts certificate errors (<see cref="AcceptedPolicyErrors"/>, outside test code), and any boolean
/// setting whose name says it turns validation off (<see cref="CertificateTrustSettings"/>), outside test code, and WCF's
/// <c>CertificateValidationMode = X509CertificateValidationMode.None</c> for a service certificate (<see cref="WcfValidationModes"/>).
/// Syntax first: an assignment or argument reaches the semantic model only when its value is a lambda or
/// anonymous method, or a name that could be a validation method or the dangerous validator.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CertificateValidationDisabledAnalyzer : DiagnosticAnalyzer
{
    internal const string KindProperty = "Kind";
    internal const string CallbackKind = "Callback";
    internal const string ConnectionStringKind = "ConnectionString";
    internal const string TrustPropertyKind = "TrustProperty";
    internal const string AcceptedErrorsKind = "AcceptedErrors";
    internal const string InstallingCallKind = "InstallingCall";
    internal const string UnfixableKind = "Unfixable";
    internal const string ValidationModeKind = "ValidationMode";
    internal const string HostnameCheckKind = "HostnameCheck";

    private const string TrustServerCertificate = "TrustServerCertificate";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.CertificateValidationDisabled);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(AnalyzeConnectionString, StringLiterals.Kinds);
        context.RegisterCompilationStartAction(static start =>
        {
            var types = new TransportTypes(start.Compilation);
            start.RegisterSyntaxNodeAction(
                context => AnalyzeAssignment(context, types),
                SyntaxKind.SimpleAssignmentExpression,
                SyntaxKind.AddAssignmentExpression,
                SyntaxKind.OrAssignmentExpression);
            if (types.SslPolicyErrors is not null)
            {
                // Arguments are among the most numerous nodes; the callbacks they can hold are not. Look at
                // lambdas and anonymous methods where they are written, and at method groups passed to a
                // constructor (SslStream's), instead of at every argument.
                start.RegisterSyntaxNodeAction(
                    context => AnalyzeFunctionArgument(context, types),
                    SyntaxKind.ParenthesizedLambdaExpression,
                    SyntaxKind.AnonymousMethodExpression);
                start.RegisterSyntaxNodeAction(
                    context => AnalyzeConstructorArguments(context, types),
                    SyntaxKind.ObjectCreationExpression,
                    SyntaxKind.ImplicitObjectCreationExpression);
                start.RegisterSyntaxNodeAction(
                    context => AnalyzeInvocationArguments(context, types),
                    SyntaxKind.InvocationExpression);
            }
        });
    }

    private static void AnalyzeAssignment(SyntaxNodeAnalysisContext context, TransportTypes types)
    {
        var syntax = (AssignmentExpressionSyntax)context.Node;
        if (AcceptedPolicyErrors.MayAccept(syntax))
        {
            AnalyzeAcceptedErrors(context, syntax, types);
            return;
        }

        if (syntax.IsKind(SyntaxKind.OrAssignmentExpression))
        {
            return;
        }

        if (syntax.IsKind(SyntaxKind.SimpleAssignmentExpression) && WcfValidationModes.TurnsServiceCheckOff(syntax))
        {
            Report(
                context.ReportDiagnostic,
                syntax.Right.GetLocation(),
                ValidationModeKind,
                "'CertificateValidationMode = " + WcfValidationModes.EnumName + ".None'",
                "the client accepts any service certificate");
            return;
        }

        if (syntax.IsKind(SyntaxKind.SimpleAssignmentExpression) && KafkaHostnameChecks.TurnsOff(syntax) && !InTestCode(context))
        {
            Report(
                context.ReportDiagnostic,
                syntax.Right.GetLocation(),
                HostnameCheckKind,
                "'" + KafkaHostnameChecks.SettingName + " = None'",
                "the client accepts a certificate issued to any host");
            return;
        }

        var targetName = TargetName(syntax.Left);
        var isTrustSetting = syntax.Right.Kind() is SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression
            && CertificateTrustSettings.DisablingValue(targetName) == syntax.Right.IsKind(SyntaxKind.TrueLiteralExpression);
        if (!isTrustSetting && !MayBeCallback(syntax.Right, TargetName(syntax.Left)))
        {
            // LDAP's VerifyServerCertificate = (connection, certificate) => true, MQTTnet's CertificateValidationHandler =
            // e => { ...; return true; }: a validation delegate of another shape that answers true on every path.
            if (syntax.IsKind(SyntaxKind.SimpleAssignmentExpression) && targetName is not null && NamesServerCertificateValidation(targetName)
                && syntax.Right is AnonymousFunctionExpressionSyntax function && AlwaysTrue.Answers(function))
            {
                ReportCallback(context, syntax.Left.GetLocation(), UnfixableKind, "'" + targetName + "'", AcceptsEveryCertificate);
            }

            return;
        }

        if (!isTrustSetting && ValidatesBySyntax(syntax.Right))
        {
            return;
        }

        var operation = SafeOperations.Of(context.SemanticModel, syntax, context.CancellationToken);
        if (operation is IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation eventReference } subscription)
        {
            // options.CertificateValidation += (s, c, ch, e) => true: a validation event (StackExchange.Redis's) is
            // installed by subscribing, not by assigning.
            if (types.SslPolicyErrors is not null
                && IsValidationCallback(eventReference.Event.Type, types, out var handlerInvoke)
                && FindWeakness(subscription.HandlerValue, handlerInvoke!, types, context.CancellationToken) is { } handlerWeakness)
            {
                ReportCallback(context, eventReference.Syntax.GetLocation(), CallbackKind, "'" + eventReference.Event.Name + "'", handlerWeakness);
            }

            return;
        }

        if (operation is not IAssignmentOperation assignment)
        {
            return;
        }

        var member = assignment.Target switch
        {
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => (ISymbol)field.Field,
            _ => null,
        };
        if (member is null)
        {
            // new WebRequestHandler { ServerCertificateValidationCallback = (s, c, ch, e) => true } where the handler's
            // type is missing from the build, or the code is half-typed: nothing binds, and the written name and the
            // lambda say what it is. No fix: the member's type is not known.
            if (assignment.Target is IInvalidOperation && targetName is not null && UnboundCallbackWeakness(targetName, syntax.Right) is { } unbound)
            {
                ReportCallback(context, syntax.Left.GetLocation(), UnfixableKind, "'" + targetName + "'", unbound);
            }

            return;
        }

        if (isTrustSetting && IsBoolean(member))
        {
            var value = syntax.Right.IsKind(SyntaxKind.TrueLiteralExpression);
            // A setting named so in a test's own or a library's configuration object is data the test compares or
            // serializes; TrustServerCertificate keeps its meaning everywhere (every SQL client reads it).
            if (member.Name != TrustServerCertificate
                && InTestCode(context))
            {
                return;
            }

            Report(
                context.ReportDiagnostic,
                assignment.Value.Syntax.GetLocation(),
                TrustPropertyKind,
                "'" + member.Name + (value ? " = true'" : " = false'"),
                value ? "the client accepts any server certificate" : "the client does not validate server certificates");
            return;
        }

        if (types.SslPolicyErrors is null || !IsValidationCallback(assignment.Target.Type, types, out var invoke) || ValidatesClientCertificates(member))
        {
            return;
        }

        var weakness = FindWeakness(assignment.Value, invoke!, types, context.CancellationToken);
        if (weakness is not null)
        {
            ReportCallback(context, assignment.Target.Syntax.GetLocation(), CallbackKind, "'" + member.Name + "'", weakness);
        }
    }

    // A server's check of its clients' certificates (Kestrel's ClientCertificateValidation, SslServerAuthenticationOptions):
    // accepting any at the TLS layer and judging the certificate in the authentication handler is ASP.NET Core's
    // documented pattern (AllowAnyClientCertificate), and no server is impersonated by it.
    private static bool ValidatesClientCertificates(ISymbol member) =>
        member.Name.IndexOf("ClientCertificate", System.StringComparison.Ordinal) >= 0
        || (member.Name == "RemoteCertificateValidationCallback" && member.ContainingType?.Name == "SslServerAuthenticationOptions");

    private static bool IsBoolean(ISymbol member)
    {
        var type = member switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        return type?.SpecialType == SpecialType.System_Boolean
            || (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                && nullable.TypeArguments[0].SpecialType == SpecialType.System_Boolean);
    }

    private static void AnalyzeFunctionArgument(SyntaxNodeAnalysisContext context, TransportTypes types)
    {
        if (context.Node.Parent is ArgumentSyntax argument)
        {
            AnalyzeArgument(context, argument, types);
        }
    }

    private static void AnalyzeConstructorArguments(SyntaxNodeAnalysisContext context, TransportTypes types)
    {
        var creation = (BaseObjectCreationExpressionSyntax)context.Node;
        if (creation.ArgumentList is null)
        {
            return;
        }

        foreach (var argument in creation.ArgumentList.Arguments)
        {
            if (argument.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax)
            {
                AnalyzeArgument(context, argument, types);
            }
        }
    }

    // settings.ServerCertificateValidationCallback(CertificateValidations.AllowAll): a method group handed to a method
    // named like certificate validation (Elasticsearch's and OpenSearch's connection settings). Only such calls are
    // looked at: invocations are numerous, and a callback is handed to a method of that name or to a constructor.
    private static void AnalyzeInvocationArguments(SyntaxNodeAnalysisContext context, TransportTypes types)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        if (name is null || name.IndexOf("Certificate", System.StringComparison.OrdinalIgnoreCase) < 0)
        {
            return;
        }

        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            if (argument.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax)
            {
                AnalyzeArgument(context, argument, types);
            }
            else if (argument.Expression is SimpleLambdaExpressionSyntax lambda && NamesServerValidation(name) && ReturnsTrueAlone(lambda))
            {
                // MQTTnet's WithCertificateValidationHandler(_ => true): a one-parameter handler over an event-args type
                // that answers true without looking at anything.
                ReportCallback(context, argument.GetLocation(), ArgumentKind(context, argument), "'" + name + "'", AcceptsEveryCertificate);
            }
        }
    }

    private const string AcceptsEveryCertificate = "the callback accepts every certificate";

    /// <summary>
    /// A member or event named for validating the server's certificate: <c>VerifyServerCertificate</c>,
    /// <c>CertificateValidationHandler</c>, <c>ValidateCertificate</c>; not a server's check of its clients.
    /// </summary>
    internal static bool NamesServerCertificateValidation(string name) =>
        name.IndexOf("Certificate", System.StringComparison.OrdinalIgnoreCase) >= 0
        && (name.IndexOf("Validat", System.StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("Verif", System.StringComparison.OrdinalIgnoreCase) >= 0)
        && name.IndexOf("ClientCertificate", System.StringComparison.OrdinalIgnoreCase) < 0;

    private static bool NamesServerValidation(string name) =>
        name.IndexOf("CertificateValidation", System.StringComparison.Ordinal) >= 0
        && name.IndexOf("ClientCertificate", System.StringComparison.Ordinal) < 0;

    // _ => true, e => { return true; }: the handler's answer does not depend on its argument.
    private static bool ReturnsTrueAlone(SimpleLambdaExpressionSyntax lambda) => lambda.Body switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.TrueLiteralExpression),
        BlockSyntax { Statements: { Count: 1 } statements } => statements[0] is ReturnStatementSyntax { Expression: LiteralExpressionSyntax returned }
            && returned.IsKind(SyntaxKind.TrueLiteralExpression),
        _ => false,
    };

    // A callback handed to a method: removing the argument would leave a call that no overload takes, so the fix
    // removes the call that installs it, where the code reads the same without it. A constructor's argument goes.
    private static string ArgumentKind(SyntaxNodeAnalysisContext context, ArgumentSyntax argument) =>
        argument.Parent?.Parent is InvocationExpressionSyntax invocation
            ? invocation.Parent is ExpressionStatementSyntax || IsFluent(context, invocation) ? InstallingCallKind : UnfixableKind
            : CallbackKind;

    // settings.ServerCertificateValidationCallback(...).DefaultIndex("x"): the call returns its receiver's type, so the
    // chain reads the same without it.
    private static bool IsFluent(SyntaxNodeAnalysisContext context, InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax
        && SafeOperations.Of(context.SemanticModel, invocation, context.CancellationToken) is IInvocationOperation { Instance: { Type: { } receiver } } call
        && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ReturnType, receiver);

    private static void AnalyzeArgument(SyntaxNodeAnalysisContext context, ArgumentSyntax syntax, TransportTypes types)
    {
        if (FindArgumentWeakness(context, syntax, types) is { } found)
        {
            ReportCallback(context, syntax.GetLocation(), ArgumentKind(context, syntax), "'" + found.Parameter + "'", found.Weakness);
        }
    }

    private static (string Parameter, string Weakness)? FindArgumentWeakness(SyntaxNodeAnalysisContext context, ArgumentSyntax syntax, TransportTypes types)
    {
        if (!MayBeCallback(syntax.Expression, syntax.NameColon?.Name.Identifier.ValueText)
            || ValidatesBySyntax(syntax.Expression)
            || SafeOperations.Of(context.SemanticModel, syntax, context.CancellationToken) is not IArgumentOperation argument
            || argument.Parameter is null
            || !IsValidationCallback(argument.Parameter.Type, types, out var invoke))
        {
            return null;
        }

        return FindWeakness(argument.Value, invoke!, types, context.CancellationToken) is { } weakness ? (argument.Parameter.Name, weakness) : null;
    }

    // A four-parameter lambda or an anonymous method could be a validation callback; a method group or field is
    // worth a look only when the target or the value is named like certificate validation (every such API is).
    private static bool MayBeCallback(ExpressionSyntax value, string? targetName)
    {
        // Every certificate validation delegate takes four parameters (sender or request, certificate, chain,
        // errors); an anonymous method may omit its list. LINQ's one-parameter lambdas never get this far.
        switch (value)
        {
            case ParenthesizedLambdaExpressionSyntax lambda:
                return lambda.ParameterList.Parameters.Count == 4;
            case AnonymousMethodExpressionSyntax anonymous:
                return anonymous.ParameterList is null || anonymous.ParameterList.Parameters.Count == 4;
            case SimpleLambdaExpressionSyntax:
                return false;
        }

        if (value is not (IdentifierNameSyntax or MemberAccessExpressionSyntax))
        {
            return false;
        }

        return LooksLikeValidation(targetName) || LooksLikeValidation(value.ToString());
    }

    // Every certificate validation delegate orders its parameters (sender or request, certificate, chain, errors).
    // A lambda that validates under that order needs no semantic model: the common, correct case stays cheap.
    // One that may not is confirmed with the delegate's real signature.
    private static bool ValidatesBySyntax(ExpressionSyntax value) =>
        value is AnonymousFunctionExpressionSyntax function
        && CertificateCallbackInspector.FindWeakness(function, certificateIndex: 1, chainIndex: 2, errorsIndex: 3) is null;

    // ssl.AcceptablePolicyErrors = SslPolicyErrors.RemoteCertificateNameMismatch | ...: outside test code, as named
    // settings are (a test's option objects are data it compares).
    private static void AnalyzeAcceptedErrors(SyntaxNodeAnalysisContext context, AssignmentExpressionSyntax syntax, TransportTypes types)
    {
        if (types.SslPolicyErrors is null
            || InTestCode(context)
            || SafeOperations.Of(context.SemanticModel, syntax, context.CancellationToken) is not IAssignmentOperation assignment
            || AcceptedPolicyErrors.DescribeAccepted(assignment, types.SslPolicyErrors) is not { } accepted)
        {
            return;
        }

        var member = assignment.Target switch
        {
            IPropertyReferenceOperation property => property.Property.Name,
            IFieldReferenceOperation field => field.Field.Name,
            _ => "?",
        };
        Report(context.ReportDiagnostic, syntax.Right.GetLocation(), AcceptedErrorsKind, "'" + member + "'", accepted);
    }

    // A callback that accepts what it should check. In test code only where the test names a remote server (in the type
    // that installs it): elsewhere a test's callback trusts the self-signed certificate of the server it started itself
    // (a loopback Kestrel, an in-process socket server), which no one can impersonate from outside the machine.
    private static void ReportCallback(SyntaxNodeAnalysisContext context, Location location, string kind, string what, string why)
    {
        if (InTestCode(context) && !RemoteServerNames.AnyAround(context.Node))
        {
            return;
        }

        Report(context.ReportDiagnostic, location, kind, what, why);
    }

    // Settings that a test's own or a library's option objects hold are data the test compares or serializes.
    private static bool InTestCode(SyntaxNodeAnalysisContext context) =>
        Secrets.TestCode.IsTestProject(context.Compilation) || Secrets.TestCode.IsTestFile(context.Node.SyntaxTree);

    // A member named for validating the server's certificate, set to a four-parameter function whose body accepts.
    private static string? UnboundCallbackWeakness(string name, ExpressionSyntax value) =>
        (name.IndexOf("CertificateValidation", System.StringComparison.Ordinal) >= 0
            || name.IndexOf("CertificateCustomValidation", System.StringComparison.Ordinal) >= 0)
        && name.IndexOf("ClientCertificate", System.StringComparison.Ordinal) < 0
        && value is AnonymousFunctionExpressionSyntax function
        && MayBeCallback(value, name)
            ? CertificateCallbackInspector.FindWeakness(function, certificateIndex: 1, chainIndex: 2, errorsIndex: 3)
            : null;

    private static bool LooksLikeValidation(string? name) =>
        name is not null
        && (name.IndexOf("Certificate", System.StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("Valid", System.StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("Callback", System.StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("Trust", System.StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("Accept", System.StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("Cert", System.StringComparison.OrdinalIgnoreCase) >= 0);

    private static string? TargetName(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => null,
    };

    private static void AnalyzeConnectionString(SyntaxNodeAnalysisContext context)
    {
        var text = StringLiterals.TextOf(context.Node, '\u0001');
        if (text is null || !ConnectionStringTrust.MayContainSetting(text) || !ConnectionStringTrust.TryFind(text, out var setting))
        {
            return;
        }

        // As with named settings: a test's connection strings are often data a parser test reads (MongoDB's URI
        // options); TrustServerCertificate keeps its meaning there, unless the server is the test's own (loopback, or a
        // container's one-label service name: SQL Server containers serve a self-signed certificate).
        if ((!setting.IsTrustServerCertificate || !ConnectionStringHosts.NamesRemoteHost(text))
            && InTestCode(context))
        {
            return;
        }

        // Anywhere: a server on this machine (a development fallback, "mongodb://localhost:27017/?tlsAllowInvalidCertificates=true")
        // cannot be impersonated from the network, as a callback that accepts only loopback connections cannot.
        if (ConnectionStringHosts.NamesOnlyThisMachine(text, hole: '\u0001'))
        {
            return;
        }

        Report(
            context.ReportDiagnostic,
            context.Node.GetLocation(),
            ConnectionStringKind,
            "'" + setting.Key + "=" + text.Substring(setting.ValueIndex, setting.ValueLength) + "' in a connection string",
            "the client accepts any server certificate");
    }

    private static string? FindWeakness(IOperation value, IMethodSymbol invoke, TransportTypes types, System.Threading.CancellationToken cancellationToken)
    {
        value = Unwrap(value);
        switch (value)
        {
            case IFieldReferenceOperation { Field.Name: "DangerousAcceptAnyServerCertificateValidator" } field
                when SymbolEqualityComparer.Default.Equals(field.Field.ContainingType, types.HttpClientHandler):
                return "'DangerousAcceptAnyServerCertificateValidator' accepts every certificate";
            case IPropertyReferenceOperation { Property.Name: "DangerousAcceptAnyServerCertificateValidator" } property
                when SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, types.HttpClientHandler):
                return "'DangerousAcceptAnyServerCertificateValidator' accepts every certificate";
        }

        var function = value switch
        {
            IAnonymousFunctionOperation anonymous => anonymous.Syntax,
            IMethodReferenceOperation method => DeclarationOf(method.Method, cancellationToken),
            _ => null,
        };

        // A library's ready-made validator whose body cannot be read here: its name says what it does
        // (Elasticsearch's CertificateValidations.AllowAll; DenyAll and AuthorityIsRoot say otherwise).
        if (function is null && NamedToAcceptAny(value) is { } named)
        {
            return "'" + named + "' accepts every certificate";
        }

        if (function is null)
        {
            return null;
        }

        return CertificateCallbackInspector.FindWeakness(
            function,
            IndexOfParameter(invoke, static t => t.Name is "X509Certificate" or "X509Certificate2"),
            IndexOfParameter(invoke, static t => t.Name == "X509Chain"),
            IndexOfParameter(invoke, t => SymbolEqualityComparer.Default.Equals(t, types.SslPolicyErrors)));
    }

    private static string? NamedToAcceptAny(IOperation value)
    {
        ISymbol? member = value switch
        {
            IMethodReferenceOperation method => method.Method,
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        if (member?.ContainingType is not { } type)
        {
            return null;
        }

        return CertificateTrustSettings.DisablingValue(type.Name + member.Name) == true ? type.Name + "." + member.Name : null;
    }

    private static SyntaxNode? DeclarationOf(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        var reference = (method.PartialImplementationPart ?? method).DeclaringSyntaxReferences.FirstOrDefault();
        return reference?.GetSyntax(cancellationToken);
    }

    private static IOperation Unwrap(IOperation value)
    {
        while (true)
        {
            switch (value)
            {
                case IConversionOperation conversion:
                    value = conversion.Operand;
                    continue;
                case IDelegateCreationOperation creation:
                    value = creation.Target;
                    continue;
                case IParenthesizedOperation parenthesized:
                    value = parenthesized.Operand;
                    continue;
                default:
                    return value;
            }
        }
    }

    // A delegate returning bool with an SslPolicyErrors parameter: RemoteCertificateValidationCallback,
    // Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool>, and their kin.
    private static bool IsValidationCallback(ITypeSymbol? type, TransportTypes types, out IMethodSymbol? invoke)
    {
        invoke = (type as INamedTypeSymbol)?.DelegateInvokeMethod;
        return invoke is not null
            && invoke.ReturnType.SpecialType == SpecialType.System_Boolean
            && invoke.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, types.SslPolicyErrors));
    }

    private static int IndexOfParameter(IMethodSymbol invoke, System.Func<ITypeSymbol, bool> match)
    {
        for (var i = 0; i < invoke.Parameters.Length; i++)
        {
            if (match(invoke.Parameters[i].Type))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Report(System.Action<Diagnostic> report, Location location, string kind, string what, string why) =>
        report(Diagnostic.Create(
            Descriptors.CertificateValidationDisabled,
            location,
            ImmutableDictionary<string, string?>.Empty.Add(KindProperty, kind),
            what,
            why));
}
