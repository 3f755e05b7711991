using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Configuration;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Infrastructure;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// SC2001: an http://, ws://, ftp://, amqp:// or mqtt:// URL of a remote host, or a connection string that turns a
/// remote database's encryption off (<see cref="PlainConnectionSettings"/>). Every URL literal is a candidate (a cheap text
/// check, no semantic model); a candidate is reported unless its host is not remote or the code uses it as
/// something other than an address (<see cref="UrlUseClassifier"/>). Also <c>new UriBuilder("http", host)</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlainHttpUrlAnalyzer : DiagnosticAnalyzer
{
    internal const string SchemeProperty = "Scheme";
    internal const string SecureSchemeProperty = "SecureScheme";
    internal const string SecureValueProperty = "SecureValue";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.PlainHttpUrl);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var types = new TransportTypes(start.Compilation);
            var testProject = TestCode.IsTestProject(start.Compilation);
            var fakes = new HttpFakes(start.Compilation);
            var allowedHosts = new AnalyzerOptionCache<AllowedHosts>(
                start.Options.AnalyzerConfigOptionsProvider, AllowedHosts.OptionKey, AllowedHosts.MSBuildProperty, AllowedHosts.Parse);

            start.RegisterSyntaxNodeAction(
                context => AnalyzeLiteral(context, types, allowedHosts, testProject, fakes),
                StringLiterals.Kinds);

            if (types.UriBuilder is not null)
            {
                start.RegisterSyntaxNodeAction(
                    context => AnalyzeUriBuilder(context, types, allowedHosts),
                    SyntaxKind.ObjectCreationExpression,
                    SyntaxKind.ImplicitObjectCreationExpression);
            }
        });
    }

    private static void AnalyzeLiteral(
        SyntaxNodeAnalysisContext context, TransportTypes types, AnalyzerOptionCache<AllowedHosts> allowedHosts, bool testProject, HttpFakes fakes)
    {
        var text = StringLiterals.TextOf(context.Node, PlainTextUrl.Hole);
        if (text is null)
        {
            return;
        }

        // A driver's tests parse connection strings with every option in them: data, as SC2002 reads them too.
        if (PlainConnectionSettings.MayContainSetting(text) && !InTestCode() && ReportPlainConnectionString(context, text))
        {
            return;
        }

        if (!PlainTextUrl.MayContainUrl(text))
        {
            return;
        }

        var hosts = allowedHosts.For(context.Node.SyntaxTree);
        PlainTextUrl url;
        if (PlainTextUrl.TryParse(text, out var whole))
        {
            if (!HostClassifier.IsRemote(whole, hosts))
            {
                return;
            }

            url = whole;
        }
        else if (!PlainTextUrl.TryFindInJson(text, (key, candidate) => IsEndpointKey(key) && HostClassifier.IsRemote(candidate, hosts), out url)
            || (InTestCode() && !RequestBodies.IsSentAsBody(context.Node, context.SemanticModel, types, context.CancellationToken)))
        {
            // Neither a URL nor a JSON document with a remote plain-text URL in it; in test code a JSON document is
            // a recorded response or a payload the code under test parses, data rather than a request, unless the
            // test itself posts it as a request body.
            return;
        }

        // Test data names hosts that exist nowhere (test2.com, url.url, orders.fake) or machines of the developer's own
        // network (192.168.0.10), holds links to pictures that an entity carries (a picture the test itself
        // downloads is still a request), inputs to be refused or validated, the objects it expects, the values a setter test
        // asserts back and the ones it only builds into something to print or assert.
        if ((InTestCode() && (PlaceholderHosts.IsTestDataDomain(url.Host) || TopLevelDomains.IsUnderUnknownTopLevelDomain(url.Host)
                || HostClassifier.IsPrivateNetworkAddress(url.Host) || IsHeldMediaLink(context.Node, text)
                || InputsExpectedToThrow.IsInput(context.Node) || ValidatorInputs.IsInput(context.Node) || ExpectedValueObjects.IsPartOf(context.Node, context.SemanticModel, context.CancellationToken)
                || ValuesOnlyShown.IsOnlyShown(context.Node)
                || PropertyRoundTrips.IsSetThenAsserted(context.Node, context.SemanticModel, context.CancellationToken)))
            || UrlUseClassifier.IsNonEndpointUse(context.Node, context.SemanticModel, types, context.CancellationToken)
            || (InTestCode() && fakes.RunsAgainstFake(context.Node, context.SemanticModel, context.CancellationToken)))
        {
            return;
        }

        Report(context.ReportDiagnostic, context.Node.GetLocation(), url.Scheme, url.SecureScheme, url.Host);

        bool InTestCode() => testProject || TestCode.IsTestFile(context.Node.SyntaxTree);
    }

    // "Server=sql.contoso.com;Encrypt=False", "mongodb://db.contoso.com/?tls=false": a remote database reached without
    // TLS, outside test code. A development server (localhost, a container's one-label name) is left alone.
    private static bool ReportPlainConnectionString(SyntaxNodeAnalysisContext context, string text)
    {
        if (!PlainConnectionSettings.TryFind(text, out var setting, out var secureValue)
            || ConnectionStringHosts.FirstRemoteHost(text) is not { } host)
        {
            return false;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(SecureValueProperty, secureValue);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.PlainHttpUrl,
            context.Node.GetLocation(),
            properties,
            host,
            setting.Key + "=" + secureValue));
        return true;
    }

    // const string AttachmentUrl = "http://i.imgur.com/H7ybFd0.png", new { img = "http://img.com/poster.jpg" }: a value
    // held, not one handed to a call.
    private static bool IsHeldMediaLink(SyntaxNode literal, string text) =>
        literal.Parent is EqualsValueClauseSyntax or ArrowExpressionClauseSyntax or AssignmentExpressionSyntax or AnonymousObjectMemberDeclaratorSyntax
        && MediaLinks.NamesMediaFile(text);

    // Keys whose values are identifiers ($schema, $id, $ref, xmlns, namespace) or pages for people, not addresses.
    private static bool IsEndpointKey(string key) =>
        !key.StartsWith("$", System.StringComparison.Ordinal) && !UrlUseClassifier.IsNonEndpointName(key);

    // new UriBuilder("http", "api.contoso.com", ...) and new UriBuilder { Scheme = "http", Host = "api.contoso.com" }
    private static void AnalyzeUriBuilder(SyntaxNodeAnalysisContext context, TransportTypes types, AnalyzerOptionCache<AllowedHosts> allowedHosts)
    {
        // Syntax first: only a creation that mentions a plain-text scheme can build a plain-text URI.
        var syntax = (BaseObjectCreationExpressionSyntax)context.Node;
        if (!MentionsPlainScheme(syntax)
            || SafeOperations.Of(context.SemanticModel, syntax, context.CancellationToken) is not IObjectCreationOperation creation
            || !SymbolEqualityComparer.Default.Equals(creation.Type, types.UriBuilder))
        {
            return;
        }

        IOperation? schemeValue = null;
        IOperation? hostValue = null;
        foreach (var argument in creation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "scheme" or "schemeName":
                    schemeValue = argument.Value;
                    break;
                case "host" or "hostName":
                    hostValue = argument.Value;
                    break;
            }
        }

        if (creation.Initializer is not null)
        {
            foreach (var initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                {
                    if (property.Property.Name == "Scheme")
                    {
                        schemeValue = assignment.Value;
                    }
                    else if (property.Property.Name == "Host")
                    {
                        hostValue = assignment.Value;
                    }
                }
            }
        }

        if (schemeValue is null || SchemeOf(schemeValue, types) is not { } scheme
            || hostValue?.ConstantValue is not { HasValue: true, Value: string host }
            || PlainTextUrl.SecureCounterpart(scheme) is not { } secureScheme
            || !PlainTextUrl.TryParse(scheme + "://" + host, out var url)
            || !HostClassifier.IsRemote(url, allowedHosts.For(creation.Syntax.SyntaxTree)))
        {
            return;
        }

        Report(context.ReportDiagnostic, schemeValue.Syntax.GetLocation(), scheme, secureScheme, url.Host);
    }

    private static bool MentionsPlainScheme(BaseObjectCreationExpressionSyntax creation)
    {
        foreach (var node in creation.DescendantNodes())
        {
            switch (node)
            {
                case LiteralExpressionSyntax literal when literal.Token.Value is string text && PlainTextUrl.SecureCounterpart(text) is not null:
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "UriSchemeHttp" or "UriSchemeWs" or "UriSchemeFtp" }:
                    return true;
            }
        }

        return false;
    }

    // A constant scheme, or Uri.UriSchemeHttp and its kin (static readonly fields, so not constants).
    private static string? SchemeOf(IOperation value, TransportTypes types)
    {
        if (value.ConstantValue is { HasValue: true, Value: string constant })
        {
            return constant;
        }

        return value is IFieldReferenceOperation { Field: { IsStatic: true } field }
            && SymbolEqualityComparer.Default.Equals(field.ContainingType, types.Uri)
            && field.Name.StartsWith("UriScheme", System.StringComparison.Ordinal)
                ? field.Name.Substring("UriScheme".Length).ToLowerInvariant()
                : null;
    }

    private static void Report(System.Action<Diagnostic> report, Location location, string scheme, string secureScheme, string host)
    {
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(SchemeProperty, scheme)
            .Add(SecureSchemeProperty, secureScheme);
        var shownHost = host.Replace(PlainTextUrl.Hole.ToString(), "{…}");
        report(Diagnostic.Create(Descriptors.PlainHttpUrl, location, properties, scheme + "://" + shownHost, secureScheme));
    }
}
