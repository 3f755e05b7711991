using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Decides whether a URL literal is used as an address. A URL in code is presumed to be one; it is not when the
/// code uses it as a name (an XML namespace, a schema or claim type), as a pattern (compared, searched for),
/// as a place to listen on, as a proxy, as text (an exception or log message), or as the expected value of a
/// test assertion.
/// </summary>
internal static class UrlUseClassifier
{
    public static bool IsNonEndpointUse(SyntaxNode literal, SemanticModel model, TransportTypes types, CancellationToken cancellationToken)
    {
        var attributeArgument = AttributeArguments.Enclosing(literal);
        if (attributeArgument is not null)
        {
            return IsNonEndpointAttributeArgument(attributeArgument, model, cancellationToken);
        }

        var operation = SafeOperations.Of(model, literal, cancellationToken);
        return operation is not null && IsNonEndpointOperation(operation, types);
    }

    private static bool IsNonEndpointOperation(IOperation operation, TransportTypes types)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IConversionOperation conversion:
                    if (conversion.OperatorMethod is { } op && IsXmlNameType(op.ContainingType))
                    {
                        return true; // XNamespace ns = "http://..."
                    }

                    break;
                case IParenthesizedOperation:
                case ICoalesceOperation:
                case IInterpolationOperation:
                case IInterpolatedStringOperation:
                case IArrayInitializerOperation:
                case IArrayCreationOperation:
                case IVariableInitializerOperation:
                    break;
                case IConditionalOperation conditional when !ReferenceEquals(conditional.Condition, current):
                    break;
                case IBinaryOperation binary:
                    if (binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
                    {
                        return true; // compared against, not reached
                    }

                    if (binary.OperatorKind != BinaryOperatorKind.Add)
                    {
                        return false;
                    }

                    break;
                case IPatternOperation:
                case IIsPatternOperation:
                case ISwitchCaseOperation:
                case ICaseClauseOperation:
                    return true;
                case IInvocationOperation invocation when ReferenceEquals(invocation.Instance, current) && IsString(current):
                    return true; // "http://...".StartsWith(...) and the like inspect the text
                case IPropertyReferenceOperation property when ReferenceEquals(property.Instance, current) && IsString(current):
                    return true;
                case IPropertyReferenceOperation property when ReferenceEquals(property.Instance, current):
                    current = parent; // new UriBuilder("...").Uri is the same URL
                    continue;
                case IArgumentOperation { Parent: IObjectCreationOperation creation } when IsUriType(creation.Type, types):
                    current = creation; // new Uri("...") is the same URL: where the Uri goes decides
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation invocation } when IsStringBuilding(invocation.TargetMethod):
                    current = invocation; // string.Format("http://{0}/...", host) builds the URL: where it goes decides
                    continue;
                case IArgumentOperation argument:
                    return IsNonEndpointArgument(argument, types);
                case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Value, current):
                    return IsNonEndpointName(NameOf(assignment.Target)) || IsLinkForPeople(assignment.Target) || ShellOpenedLinks.IsOpenedFileName(assignment.Target)
                        || IsBuiltIntoAssertedValue(assignment);
                case IFieldInitializerOperation field:
                    return field.InitializedFields.Length > 0
                        && (IsNonEndpointName(field.InitializedFields[0].Name) || HoldsClaimTypes(field.InitializedFields[0].ContainingType));
                case IPropertyInitializerOperation property:
                    return property.InitializedProperties.Length > 0 && IsNonEndpointName(property.InitializedProperties[0].Name);
                case IParameterInitializerOperation parameter:
                    return IsNonEndpointName(parameter.Parameter.Name);
                case IVariableDeclaratorOperation declarator:
                    return IsNonEndpointName(declarator.Symbol.Name);
                case IReturnOperation returned:
                    return IsNonEndpointName(ReturningMemberName(returned.Syntax));
                case IInvalidOperation invalid:
                    return IsArgumentOfUnresolvedAssertion(current, invalid) || IsArgumentOfUnresolvedClaim(current, invalid)
                        || IsArgumentOfUnresolvedCallNamedForNonEndpoint(current, invalid);
                case { Syntax: CollectionExpressionSyntax }:
                    // LegacyUrls => ["http://..."]: an element goes where the collection goes, as an array
                    // initializer's does (the operation is newer than the Roslyn this package builds against).
                    break;
                default:
                    return false;
            }

            current = parent;
        }

        return false;
    }

    // rule.Should().BeEquivalentTo(new Rule { AffectedFeeds = new[] { new Uri("http://...") } }): a member of an object
    // built, by construction alone, right inside an assertion's argument is part of the expected value.
    private static bool IsBuiltIntoAssertedValue(ISimpleAssignmentOperation assignment)
    {
        IOperation current = assignment;
        for (var depth = 0; depth < 12 && current.Parent is { } parent; depth++, current = parent)
        {
            switch (parent)
            {
                case IObjectOrCollectionInitializerOperation:
                case IObjectCreationOperation:
                case IAnonymousObjectCreationOperation:
                case IArrayInitializerOperation:
                case IArrayCreationOperation:
                case IConversionOperation:
                case ISimpleAssignmentOperation when parent.Parent is IObjectOrCollectionInitializerOperation or IAnonymousObjectCreationOperation:
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation call }:
                    return TestAssertions.IsAssertion(call.TargetMethod);
                default:
                    return false;
            }
        }

        return false;
    }

    // A call whose overloads could not be told apart (an argument of a type the compilation lacks, half-typed code) has no
    // arguments bound to parameters; when every candidate is an assertion, the value is still an expected value.
    private static bool IsArgumentOfUnresolvedAssertion(IOperation value, IInvalidOperation call)
    {
        if (value.Syntax.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
            || call.Syntax != invocation
            || call.SemanticModel is not { } model)
        {
            return false;
        }

        var candidates = model.GetSymbolInfo(invocation).CandidateSymbols;
        if (candidates.IsEmpty)
        {
            return HasAssertionShape(invocation);
        }

        foreach (var candidate in candidates)
        {
            if (candidate is not IMethodSymbol method || !TestAssertions.IsAssertion(method))
            {
                return false;
            }
        }

        return true;
    }

    // With no candidate at all (the asserted value's type is missing, so Should() cannot bind either), the call's shape
    // still says what it is: x.Should().Be("..."), x.ShouldBe("..."), Assert.AreEqual("...", x), ClassicAssert.That(...).
    private static bool HasAssertionShape(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax && TestAssertions.IsAssertionCall(invocation);

    // client.SetHttpProxy("http://...") on a type the build lacks, or in half-typed code: with no parameter to read, the
    // call's written name stands for it, as a member's written name does in an assignment.
    // The argument's written name (operation: "http://...") stands for its parameter the same way.
    private static bool IsArgumentOfUnresolvedCallNamedForNonEndpoint(IOperation value, IInvalidOperation call) =>
        value.Syntax.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } } argument
        && call.Syntax == invocation
        && (IsNonEndpointName(argument.NameColon?.Name.Identifier.ValueText)
            || IsNonEndpointName(invocation.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                GenericNameSyntax generic => generic.Identifier.ValueText,
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                _ => null,
            }));

    // new Claim(JwtClaimTypes.WebSite, "http://alice.com") where the claim-type constants' library is missing or the
    // code is half-typed: the constructor cannot be picked, the type made is still a claim.
    private static bool IsArgumentOfUnresolvedClaim(IOperation value, IInvalidOperation creation) =>
        value.Syntax.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax objectCreation } }
        && creation.Syntax == objectCreation
        && creation.Type is INamedTypeSymbol { TypeKind: not TypeKind.Error } type
        && IsClaimType(type);

    private static bool IsStringBuilding(IMethodSymbol method) =>
        method.ContainingType?.SpecialType == SpecialType.System_String && method.IsStatic && method.Name is "Format" or "Concat" or "Join";

    private static bool IsString(IOperation operation) => operation.Type?.SpecialType == SpecialType.System_String;

    private static bool IsUriType(ITypeSymbol? type, TransportTypes types) =>
        SymbolEqualityComparer.Default.Equals(type, types.Uri) || SymbolEqualityComparer.Default.Equals(type, types.UriBuilder);

    private static bool IsNonEndpointArgument(IArgumentOperation argument, TransportTypes types)
    {
        var parameter = argument.Parameter;
        if (parameter?.ContainingSymbol is not IMethodSymbol method)
        {
            return false;
        }

        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        if (type.SpecialType == SpecialType.System_String || IsInNamespace(type, "System.Text.RegularExpressions"))
        {
            return true; // searched for or compared, not reached
        }

        if (TestAssertions.IsAssertion(method))
        {
            return true; // an expected value the test compares with
        }

        if (IsXmlNameType(type) || method.Name.IndexOf("Namespace", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        if (IsValueOfNonEndpointHeader(argument, method))
        {
            return true;
        }

        // utils.MarshalXML(config, "http://s3.amazonaws.com/doc/2006-03-01/"): what a method that writes or reads XML
        // takes besides an address is a namespace; PostXml(url, body) still reports its url.
        if (method.Name.IndexOf("Xml", StringComparison.OrdinalIgnoreCase) >= 0 && !NamesAddress(parameter.Name))
        {
            return true;
        }

        if (SymbolEqualityComparer.Default.Equals(type, types.WebProxy) || SymbolEqualityComparer.Default.Equals(type, types.HttpListenerPrefixCollection))
        {
            return true; // a proxy tunnels TLS with CONNECT; a listener prefix is where this process listens
        }

        if (method.Name is "UseUrls" or "Listen" || method.Name.StartsWith("Listen", StringComparison.Ordinal))
        {
            return true;
        }

        if (method.MethodKind == MethodKind.Constructor && types.DerivesFromException(type))
        {
            return true; // exception text
        }

        if (IsTextSink(type) || ShellOpenedLinks.Opens(method, parameter))
        {
            return true;
        }

        return IsNonEndpointName(parameter.Name)
            || (method.MethodKind == MethodKind.Constructor && (IsLinkForPeopleType(type) || IsClaimType(type)));
    }

    // headers.Add("SOAPAction", "http://tempuri.org/IService/Submit"), a test's ContainsHeaderWithValue(SoapActionHeader,
    // $"http://www.sonos.com/Services/1.1#{action}"): a header's value beside the header's name, when that name says the
    // value names something (a SOAP action). A header named otherwise (X-Callback-Url) keeps its URL judged.
    private static bool IsValueOfNonEndpointHeader(IArgumentOperation argument, IMethodSymbol method)
    {
        if (method.Name.IndexOf("Header", StringComparison.Ordinal) < 0
            && method.ContainingType?.Name.IndexOf("Header", StringComparison.Ordinal) < 0
            && !(method.IsExtensionMethod && method.Parameters.Length > 0 && method.Parameters[0].Type.Name.IndexOf("Header", StringComparison.Ordinal) >= 0))
        {
            return false;
        }

        if (argument.Parent is not IInvocationOperation call)
        {
            return false;
        }

        foreach (var other in call.Arguments)
        {
            if (!ReferenceEquals(other, argument) && other.Value.ConstantValue is { HasValue: true, Value: string header } && IsNonEndpointName(header))
            {
                return true;
            }
        }

        return false;
    }

    // new Claim(JwtClaimTypes.WebSite, "http://alice.com"): a claim's value is a statement about a user (a web site, a
    // picture, an issuer's name), which the code that makes the claim never calls.
    private static bool IsClaimType(INamedTypeSymbol type) =>
        type.Name.EndsWith("Claim", StringComparison.Ordinal);

    // ClaimTypes, JwtClaimTypes, a provider's nested Claims class: their constants are claim type URIs
    // ("http://quillmate.com/claims/avatar"), names of claims that nothing requests.
    private static bool HoldsClaimTypes(INamedTypeSymbol? type)
    {
        if (type is null || type.Name.IndexOf("Claim", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var words = IdentifierWords.Split(type.Name);
        return words.Count > 0
            && (words[words.Count - 1] == "claims" || (words.Count > 1 && words[words.Count - 2] == "claim" && words[words.Count - 1] == "types"));
    }

    // OpenApiLicense { Url = ... }, OpenApiContact { Url = ... }: a page a person opens, not an endpoint the code calls.
    private static bool IsLinkForPeople(IOperation target) =>
        target is IPropertyReferenceOperation property && IsLinkForPeopleType(property.Property.ContainingType);

    private static bool IsLinkForPeopleType(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        foreach (var word in IdentifierWords.Split(type.Name))
        {
            if (word is "license" or "contact" or "terms")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNonEndpointAttributeArgument(AttributeArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        if (argument.NameEquals is { } nameEquals && IsNonEndpointName(nameEquals.Name.Identifier.ValueText))
        {
            return true;
        }

        if (argument.NameColon is { } nameColon && IsNonEndpointName(nameColon.Name.Identifier.ValueText))
        {
            return true;
        }

        if (argument.Parent?.Parent is not AttributeSyntax attribute)
        {
            return false;
        }

        var constructor = AttributeConstructors.Of(attribute, model, cancellationToken);
        if ((constructor?.ContainingType ?? AttributeConstructors.TypeOfUnresolved(attribute, model, cancellationToken)) is not { } attributeType)
        {
            return false;
        }
        if (IsTestDataAttribute(attributeType))
        {
            return true; // [InlineData("http://github.com")]: an input the test hands to the code under test
        }

        if (IsInNamespace(attributeType, "System.Xml")
            || IsInNamespace(attributeType, "System.Runtime.Serialization")
            || IsInNamespace(attributeType, "System.ServiceModel")
            || IsInNamespace(attributeType, "CoreWCF")
            || IsInNamespace(attributeType, "System.Windows.Markup"))
        {
            return true;
        }

        foreach (var word in IdentifierWords.Split(attributeType.Name))
        {
            if (word is "namespace" or "xmlns" or "schema" or "description" or "display" or "obsolete" or "example")
            {
                return true;
            }
        }

        if (constructor is not null && argument.NameEquals is null && argument.NameColon is null && argument.Parent is AttributeArgumentListSyntax list)
        {
            var index = list.Arguments.IndexOf(argument);
            if (index >= 0 && index < constructor.Parameters.Length)
            {
                return IsNonEndpointName(constructor.Parameters[index].Name);
            }
        }

        return false;
    }

    // The data attributes of parameterised tests and benchmarks (InlineData, TestCase, DataRow, Values, Arguments,
    // Params, AutoFixture's InlineAutoData, TUnit's Arguments and Matrix): each value is an input to a test, which
    // decides what is sent where; a test that an http URL is upgraded or refused needs one.
    private static readonly string[] TestDataNamespaces =
    {
        "Xunit", "NUnit.Framework", "Microsoft.VisualStudio.TestTools.UnitTesting", "TUnit.Core", "BenchmarkDotNet.Attributes", "AutoFixture",
    };

    private static bool IsTestDataAttribute(INamedTypeSymbol attributeType)
    {
        foreach (var ns in TestDataNamespaces)
        {
            if (IsInNamespace(attributeType, ns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    // public override string[] LegacyUrls => new[] { "http://..." }: what a property or method returns is named by its
    // own name, as a field's initial value is. A lambda's return is not (it goes where the lambda goes).
    private static string? ReturningMemberName(SyntaxNode returned)
    {
        for (var node = returned; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AnonymousFunctionExpressionSyntax:
                case LocalFunctionStatementSyntax:
                    return null;
                case PropertyDeclarationSyntax property:
                    return property.Identifier.ValueText;
                case MethodDeclarationSyntax method:
                    return method.Identifier.ValueText;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// A name that says the value is an identifier, a listener, a proxy, a page for people, or text: any word
    /// among namespace, xmlns, schema, claim, proxy, prefix, listen, bind, license, terms, homepage, website,
    /// documentation, docs, privacy; or a head noun among message, text, description, label, title, hint,
    /// tooltip, placeholder, id, identifier, issuer, audience, operation; or the words soap and action in a row; or a list of
    /// retired addresses (legacy, old, former, previous, deprecated, obsolete or retired before urls, uris, links,
    /// addresses, domains or hosts).
    /// </summary>
    internal static bool IsNonEndpointName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = IdentifierWords.Split(name!);
        if (words.Count == 0)
        {
            return false;
        }

        // HttpGetUrl, HttpsGetUrl: where a WCF service publishes its metadata page, an address it listens on.
        if (words.Count == 3 && words[0] is "http" or "https" && words[1] == "get" && words[2] == "url")
        {
            return true;
        }

        // HelpPage, HelpUrl, FaqLink, ManualUri: a page for people, named by what the person looks for there.
        if (words.Count >= 2 && words[words.Count - 1] is "page" or "url" or "uri" or "link"
            && (words.Contains("help") || words.Contains("faq") || words.Contains("manual")))
        {
            return true;
        }

        string? previous = null;
        foreach (var word in words)
        {
            // SoapAction, SOAP_ACTION: the action a SOAP request names in a header, a URI that is never requested.
            if (previous == "soap" && word == "action")
            {
                return true;
            }

            previous = word;
            switch (word)
            {
                case "namespace":
                case "namespaces":
                case "xmlns":
                case "ns":
                case "schema":
                case "claim":
                case "claims":
                case "proxy":
                case "prefix":
                case "prefixes":
                case "listen":
                case "listener":
                case "bind":
                case "soapaction":
                case "license":
                case "terms":
                case "homepage":
                case "website":
                case "documentation":
                case "docs":
                case "privacy":
                // CORS: an allowed origin is compared with the browser's Origin header (WithOrigins(origins),
                // Cors:AllowedOrigins); nothing is sent to it. One origin (a CDN's OriginUrl) may be a server.
                case "origins":
                case "cors":
                    return true;
            }
        }

        // LegacyUrls, LegacySiteLinks, OldDomains: the addresses a service was once reached at, listed so that stored
        // settings naming one can be recognised and moved to the current address. A single legacy endpoint
        // (LegacyApiUrl) may still be called.
        if (words.Count >= 2 && words[words.Count - 1] is "urls" or "uris" or "links" or "addresses" or "domains" or "hosts")
        {
            foreach (var word in words)
            {
                if (word is "legacy" or "old" or "former" or "previous" or "deprecated" or "obsolete" or "retired")
                {
                    return true;
                }
            }
        }

        // EntityId, ResourceIdentifier: a SAML entity or an application's ID URI names a party; it is not called.
        // ValidIssuer, TrustedIssuer, Audience: a token's iss and aud are names compared with the token's claims, URLs
        // or not (an ADFS issuer is http://sts.../adfs/services/trust); the address fetched is named so (IssuerUrl,
        // MetadataAddress, Authority).
        // SendAsync(message, operation: "http://fs.mfcr.cz/eet/OdeslaniTrzby"): a SOAP or WSDL operation is named by a URI
        // that the request carries; the address is the service's (OperationUrl still names an address).
        return words[words.Count - 1] is "message" or "text" or "description" or "label" or "title" or "hint" or "tooltip" or "placeholder"
            or "id" or "ids" or "identifier" or "identifiers" or "issuer" or "issuers" or "audience" or "audiences" or "operation";
    }

    private static string? NameOf(IOperation target) => target switch
    {
        IPropertyReferenceOperation property => property.Property.Name,
        IFieldReferenceOperation field => field.Field.Name,
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,

        // new Unresolved { Namespace = "http://..." }: a member of a type the build lacks binds to nothing, and the
        // name written is all there is to go on.
        IInvalidOperation { Syntax: IdentifierNameSyntax written } => written.Identifier.ValueText,
        IInvalidOperation { Syntax: MemberAccessExpressionSyntax written } => written.Name.Identifier.ValueText,
        _ => null,
    };

    private static bool NamesAddress(string name)
    {
        foreach (var word in IdentifierWords.Split(name))
        {
            if (word is "url" or "uri" or "endpoint" or "address" or "host" or "server" or "location" or "target" or "destination")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsXmlNameType(INamedTypeSymbol? type) =>
        type is { Name: "XNamespace" or "XName" or "XmlSerializerNamespaces" or "XmlNamespaceManager" }
        && IsInNamespace(type, "System.Xml");

    // Console, Debug, Trace, TextWriter and loggers write text; a URL given to them is mentioned, not reached.
    private static bool IsTextSink(INamedTypeSymbol type) =>
        type.Name is "Console" or "Debug" or "Trace" or "TextWriter"
        || type.Name.EndsWith("Logger", StringComparison.Ordinal)
        || type.Name.EndsWith("LoggerExtensions", StringComparison.Ordinal);

    private static bool IsInNamespace(INamedTypeSymbol type, string prefix)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        return ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal);
    }
}
