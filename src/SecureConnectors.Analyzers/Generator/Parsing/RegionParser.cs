using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>Reads the <c>[Region(name, BaseUrl = ...)]</c> attributes of a connector interface.</summary>
internal static class RegionParser
{
    /// <summary>
    /// The valid regions, in declaration order. An invalid URL is SC4002 and a blank or repeated name SC4035; such a
    /// region is left out, so the client compiles and the error is what the build shows.
    /// </summary>
    public static List<RegionSpec> Parse(INamedTypeSymbol connector, KnownTypes known, DeclarationProblems problems, CancellationToken cancellationToken)
    {
        var regions = new List<RegionSpec>();
        if (known.Region is null)
        {
            return regions;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in connector.GetAttributes().Where(a => KnownTypes.Is(a.AttributeClass, known.Region)))
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Half-typed arguments are the compiler's to report.
            if (attribute.AttributeConstructor is null || attribute.NamedArguments.Any(a => a.Value.Kind == TypedConstantKind.Error))
            {
                continue;
            }

            var location = DeclarationProblems.LocationOf(attribute, connector, cancellationToken);
            var name = attribute.ConstructorArguments.FirstOrDefault().Value as string;
            var baseUrl = attribute.NamedArguments.FirstOrDefault(a => a.Key == "BaseUrl").Value.Value as string;
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Report(Descriptors.RegionInvalid, location, connector.Name, "a region needs a name, as in [Region(\"eu\", BaseUrl = \"https://api.eu.example.com/\")]");
                continue;
            }

            if (!names.Add(name!))
            {
                problems.Report(Descriptors.RegionInvalid, location, connector.Name, $"region '{name}' is declared twice; each region has one base URL");
                continue;
            }

            if (DeclaredUrls.HttpsError(baseUrl) is { } urlError)
            {
                problems.Report(Descriptors.ConnectorBaseUrlInvalid, location, connector.Name, $"region '{name}' is called exactly as declared, so it needs an absolute https URL: {urlError}");
                continue;
            }

            regions.Add(new RegionSpec(name!, baseUrl!));
        }

        return regions;
    }
}
