using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// Reads a <c>[Connector]</c> interface into a <see cref="ConnectorSpec"/>: the only place, with the operation and
/// projection parsers, that looks at symbols. Returns null, with the reasons in <paramref name="problems"/>, when no
/// client that compiles can be written (a generic, nested or inheriting interface, a taken client name); for other
/// problems it reports them and still returns the connector, with the members it cannot build as throwing stubs.
/// </summary>
internal static class ConnectorParser
{
    public static ConnectorSpec? Parse(INamedTypeSymbol connector, KnownTypes known, DeclarationProblems problems, CancellationToken cancellationToken)
    {
        var attribute = known.Find(connector, known.Connector);
        if (attribute is null)
        {
            return null;
        }

        var location = DeclarationProblems.LocationOf(connector);
        var declarationError = DeclarationError(connector, attribute);
        if (declarationError is not null)
        {
            problems.Report(Descriptors.ConnectorDeclarationInvalid, location, connector.Name, declarationError);
            if (!CanStillWriteClient(connector, attribute))
            {
                return null;
            }
        }

        // A client is written even for the SC4001 problems a client does not depend on (the interface is not partial,
        // the name is empty, a header or parameter name is malformed): the build then shows SC4001, not CS0246 where
        // the client is used.
        var connectorName = attribute.ConstructorArguments[0].Value as string ?? "";
        var baseUrl = Named(attribute, "BaseUrl");
        var regions = RegionParser.Parse(connector, known, problems, cancellationToken);

        // A connector with regions calls its regions' URLs only, so it may leave BaseUrl out.
        var declaresRegions = known.Find(connector, known.Region) is not null;
        var baseUrlError = baseUrl is null && declaresRegions ? null : BaseUrlError(baseUrl);
        if (baseUrlError is not null)
        {
            problems.Report(Descriptors.ConnectorBaseUrlInvalid, DeclarationProblems.LocationOf(attribute, connector, cancellationToken), connector.Name, baseUrlError);
        }

        var providerErrors = ProviderErrorsParser.Parse(connector, known, problems, cancellationToken);
        var connectorHeaders = HeaderParser.ReadFixed(connector, known, problems, cancellationToken);
        var operations = new List<OperationSpec>();
        var unbuildableMembers = new List<UnbuildableMemberSpec>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in connector.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove })
            {
                continue;
            }

            var before = problems.Count;
            var operation = OperationParser.Parse(member, known, problems, cancellationToken);
            if (operation is not null && !names.Add(operation.Name))
            {
                problems.Report(Descriptors.DuplicateOperationName, DeclarationProblems.LocationOf(member), operation.Name);
                operation = null;
            }

            if (operation is { BaseUrl: not null } && regions.Count > 0)
            {
                problems.Report(Descriptors.SecondHostWithRegions, DeclarationProblems.LocationOf(member), operation.Name, connector.Name);
            }

            if (operation is not null)
            {
                operations.Add(operation with { Headers = HeaderParser.Merge(connectorHeaders, operation.Headers) });
            }
            else if (UnbuildableMembers.From(member, problems.IdsSince(before)) is { } unbuildable)
            {
                // Still implemented (it throws): the client compiles, so the SC4xxx above is what the user sees.
                unbuildableMembers.Add(unbuildable);
            }
        }

        var grants = ScopeArguments.Read(connector, known.Grant);

        return new ConnectorSpec(
            TypeNames.NamespaceOf(connector),
            connector.Name,
            TypeNames.FullName(connector),
            ClientName(connector.Name),
            connector.DeclaredAccessibility == Accessibility.Public,
            connectorName,
            // An invalid base URL (SC4002) is left out: the client then needs HttpClient.BaseAddress, and compiles.
            baseUrlError is null ? baseUrl : null,
            Named(attribute, "FieldsParameter"),
            Named(attribute, "AuthHeader"),
            grants.ToEquatableArray(),
            ScopeCoverageOf(connector, known).ToEquatableArray(),
            operations.ToEquatableArray(),
            providerErrors,
            unbuildableMembers.ToEquatableArray())
        {
            Regions = regions.ToEquatableArray(),
        };
    }

    /// <summary><c>IAcmeHris</c> gives <c>AcmeHrisClient</c>; a name without the interface prefix keeps it whole.</summary>
    public static string ClientName(string interfaceName) => BaseName(interfaceName) + "Client";

    /// <summary><c>IAcmeHris</c> gives <c>AcmeHris</c>, the stem of the client and of the <c>AddAcmeHris</c> registration.</summary>
    public static string BaseName(string interfaceName) =>
        interfaceName.Length > 1 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1]) ? interfaceName.Substring(1) : interfaceName;

    // Whether a client class that compiles can still be written: it implements the interface from outside it, so the
    // interface must be a non-generic, non-nested interface with no inherited members, and the client's name free.
    private static bool CanStillWriteClient(INamedTypeSymbol connector, AttributeData attribute) =>
        connector.TypeKind == TypeKind.Interface
        && connector.ContainingType is null
        && !connector.IsGenericType
        && !connector.AllInterfaces.Any(i => i.GetMembers().Length > 0)
        && attribute.ConstructorArguments.Length == 1
        && !connector.ContainingNamespace.GetTypeMembers(ClientName(connector.Name)).Any(t => !IsGeneratedByUs(t));

    private static string? DeclarationError(INamedTypeSymbol connector, AttributeData attribute)
    {
        if (connector.TypeKind != TypeKind.Interface)
        {
            return "[Connector] goes on a partial interface";
        }

        var declarations = connector.DeclaringSyntaxReferences;
        if (!declarations.Any(r => r.GetSyntax() is InterfaceDeclarationSyntax i && i.Modifiers.Any(SyntaxKind.PartialKeyword)))
        {
            return "the interface is not partial";
        }

        if (connector.ContainingType is not null)
        {
            return "the interface is nested in another type; declare it at namespace level";
        }

        if (connector.IsGenericType)
        {
            return "the interface is generic";
        }

        if (connector.AllInterfaces.Any(i => i.GetMembers().Length > 0))
        {
            return "it inherits members from another interface; declare every operation on the connector interface";
        }

        if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name || string.IsNullOrWhiteSpace(name))
        {
            return "the connector's name is empty";
        }

        var clientName = ClientName(connector.Name);
        if (connector.ContainingNamespace.GetTypeMembers(clientName).Any(t => !IsGeneratedByUs(t)))
        {
            return $"a type named '{clientName}' already exists in its namespace";
        }

        if (Named(attribute, "FieldsParameter") is { } fieldsParameter && !IsToken(fieldsParameter, allowDollar: true))
        {
            return $"FieldsParameter '{fieldsParameter}' is not a query parameter name";
        }

        if (Named(attribute, "AuthHeader") is { } header && !IsToken(header, allowDollar: false))
        {
            return $"AuthHeader '{header}' is not an HTTP header name";
        }

        return null;
    }

    // [ScopeCovers(scope, covered...)] as flattened pairs, in a stable order.
    private static List<string> ScopeCoverageOf(INamedTypeSymbol connector, KnownTypes known)
    {
        var pairs = new SortedSet<(string Scope, string Covered)>();
        foreach (var attribute in connector.GetAttributes().Where(a => KnownTypes.Is(a.AttributeClass, known.ScopeCovers)))
        {
            if (attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[0].Value is string scope
                && attribute.ConstructorArguments[1].Kind == TypedConstantKind.Array)
            {
                foreach (var covered in attribute.ConstructorArguments[1].Values.Select(v => v.Value as string))
                {
                    if (!string.IsNullOrWhiteSpace(scope) && !string.IsNullOrWhiteSpace(covered))
                    {
                        pairs.Add((scope, covered!));
                    }
                }
            }
        }

        return pairs.SelectMany(p => new[] { p.Scope, p.Covered }).ToList();
    }

    // The analyzer sees the compilation with the generated client in it; that one is not a conflict.
    private static bool IsGeneratedByUs(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
            && a.ConstructorArguments.Length == 2 && a.ConstructorArguments[0].Value as string == "SecureConnectors");

    private static string? BaseUrlError(string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            return "BaseUrl is missing";
        }

        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            return $"BaseUrl '{baseUrl}' is not an absolute http or https URL";
        }

        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return "BaseUrl carries user-info, a query or a fragment; credentials come from the credential provider and queries from [Query] parameters";
        }

        return null;
    }

    private static string? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value as string;
            }
        }

        return null;
    }

    // RFC 9110 token characters; '$' for OData's $select.
    private static bool IsToken(string value, bool allowDollar) =>
        value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) && c < 128 || c is '-' or '_' or '.' || (allowDollar && c == '$'));
}
