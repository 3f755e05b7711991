using System.Linq;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// Reads a <c>[Body]</c> parameter into a <see cref="BodySpec"/>. What cannot be written is reported (SC4025, SC4026)
/// without stopping the build of the connector: the emitter writes a writer that throws NotSupportedException for it.
/// </summary>
internal static class BodyParser
{
    private const int FormFormat = 1;

    /// <summary>The connector's <c>Naming</c> (0 = CamelCase), read from the interface that declares the operation.</summary>
    public static int NamingOf(IMethodSymbol method, KnownTypes known) =>
        known.Find(method.ContainingType, known.Connector)?.NamedArguments.FirstOrDefault(a => a.Key == "Naming").Value.Value as int? ?? 0;

    public static BodySpec Parse(IParameterSymbol parameter, AttributeData body, IMethodSymbol method, RequestTypeCollector collector, DeclarationProblems problems)
    {
        var form = body.ConstructorArguments.FirstOrDefault().Value is int format && format == FormFormat;
        var unsupportedBefore = collector.UnsupportedProperties.Count;
        var value = collector.Describe(parameter.Type);
        foreach (var (property, owner) in collector.UnsupportedProperties.Skip(unsupportedBefore))
        {
            problems.ReportBuildable(
                Descriptors.UnsupportedBodyProperty,
                DeclarationProblems.LocationOf(property)?.IsInSource == true ? DeclarationProblems.LocationOf(property) : DeclarationProblems.LocationOf(parameter),
                property.Name,
                TypeNames.ShortName(owner),
                TypeNames.ShortName(property.Type));
        }

        var error = value.Shape switch
        {
            BodyShape.Unsupported => "bodies are objects, lists or string-keyed dictionaries of strings, bools, numbers, dates, Guid, Uri and enums; sending it throws NotSupportedException",
            BodyShape.Object => null,
            _ when form => "a form body is an object (or a string-keyed dictionary) whose properties become the form's keys; sending it throws NotSupportedException",
            _ => null,
        };
        if (form && value.Shape == BodyShape.Map)
        {
            error = null;
        }

        if (error is not null)
        {
            problems.ReportBuildable(Descriptors.UnsupportedBodyType, DeclarationProblems.LocationOf(parameter), parameter.Name, method.Name, TypeNames.ShortName(parameter.Type), error);
            value = value with { Shape = BodyShape.Unsupported, Element = null };
        }

        return new BodySpec(parameter.Name, TypeNames.FullName(parameter.Type), form, value);
    }
}
