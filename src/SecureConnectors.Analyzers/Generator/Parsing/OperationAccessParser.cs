using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Diagnostics;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>Where an operation is called (a second host's <c>BaseUrl</c>) and who may call it (<c>[Roles]</c>).</summary>
internal static class OperationAccessParser
{
    /// <summary>The operation's own https base address, or null; anything else is SC4002.</summary>
    public static string? SecondHost(IMethodSymbol method, AttributeData httpAttribute, Location? location, DeclarationProblems problems)
    {
        var declared = httpAttribute.NamedArguments.FirstOrDefault(a => a.Key == "BaseUrl");
        if (declared.Key is null)
        {
            return null;
        }

        var baseUrl = declared.Value.Value as string;
        if (DeclaredUrls.HttpsError(baseUrl) is { } error)
        {
            problems.Report(Descriptors.ConnectorBaseUrlInvalid, location, method.ContainingType?.Name ?? method.Name,
                $"operation {method.Name} is called on its own BaseUrl exactly as declared, so it needs an absolute https URL: {error}");
            return null;
        }

        return baseUrl;
    }

    /// <summary>The roles of <c>[Roles(...)]</c>, distinct and sorted; an empty or blank list is SC4036.</summary>
    public static List<string> Roles(IMethodSymbol method, KnownTypes known, DeclarationProblems problems, CancellationToken cancellationToken)
    {
        var attribute = known.Find(method, known.Roles);
        if (attribute is null || attribute.AttributeConstructor is null)
        {
            return new List<string>();
        }

        var values = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Array
            ? attribute.ConstructorArguments[0].Values.Select(v => v.Value as string).ToList()
            : new List<string?>();
        if (values.Count == 0 || values.Any(string.IsNullOrWhiteSpace))
        {
            problems.Report(Descriptors.RolesInvalid, DeclarationProblems.LocationOf(attribute, method, cancellationToken), method.Name,
                values.Count == 0
                    ? "it names no role, which would let nobody call it; name the roles that may, as in [Roles(\"hr-admin\")], or remove the attribute"
                    : "a role name is blank; write each role's name");
            return new List<string>();
        }

        return values.Select(v => v!).Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToList();
    }
}
