using System.Linq;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// How a route or query parameter's value is written: its kind, the enum whose wire names it sends, a query's date
/// format and collection style. Reports SC4027/SC4028 for a Format or Collection that cannot apply.
/// </summary>
internal static class RequestParameters
{
    private const int CsvCollection = 1;

    /// <summary>Null when the value can be written; otherwise the SC4008 reason. False <paramref name="reported"/> means SC4027/SC4028 were.</summary>
    public static string? Describe(
        IParameterSymbol parameter,
        ParameterRole role,
        AttributeData? query,
        bool isCatchAll,
        IMethodSymbol method,
        RequestTypeCollector collector,
        DeclarationProblems problems,
        out ValueKind kind,
        out bool isNullableValueType,
        out ValueFormatSpec? formatting,
        out bool reported)
    {
        formatting = null;
        reported = false;
        var format = query?.NamedArguments.FirstOrDefault(a => a.Key == "Format").Value.Value as string;
        var collectionArgument = query?.NamedArguments.FirstOrDefault(a => a.Key == "Collection").Value;
        var collectionSet = collectionArgument is { IsNull: false, Value: not null };
        var csv = collectionSet && collectionArgument!.Value.Value is int style && style == CsvCollection;

        var valueType = parameter.Type;
        var isCollection = false;
        if (!RequestValues.TryGetScalar(valueType, collector.Known, out kind, out isNullableValueType)
            && role == ParameterRole.Query && RequestValues.ElementOf(valueType) is { } element)
        {
            isCollection = true;
            valueType = element;
            if (!RequestValues.TryGetScalar(valueType, collector.Known, out kind, out isNullableValueType))
            {
                return $"the items of '{TypeNames.ShortName(parameter.Type)}' cannot be written into a query; use strings, numbers, bools, Guids, dates or enums";
            }
        }
        else if (!RequestValues.TryGetScalar(valueType, collector.Known, out kind, out isNullableValueType))
        {
            return $"'{TypeNames.ShortName(parameter.Type)}' cannot be written into a {(role == ParameterRole.Route ? "route" : "query")}; use string, a number, bool, Guid, a date, Uri or an enum{(role == ParameterRole.Query ? ", or an IEnumerable<T> of them" : "")}";
        }

        if (isCatchAll && kind != ValueKind.String)
        {
            return "a catch-all route value ({**name}) is a string path";
        }

        if (collectionSet && !isCollection)
        {
            problems.Report(Descriptors.QueryCollectionNotCollection, DeclarationProblems.LocationOf(parameter), parameter.Name, method.Name, TypeNames.ShortName(parameter.Type));
            reported = true;
        }

        if (format is not null && kind is not (ValueKind.DateOnly or ValueKind.DateTime or ValueKind.DateTimeOffset))
        {
            problems.Report(Descriptors.QueryFormatNotDate, DeclarationProblems.LocationOf(parameter), parameter.Name, method.Name, TypeNames.ShortName(parameter.Type));
            reported = true;
        }

        string? enumType = null;
        if (kind == ValueKind.Enum)
        {
            var enumSymbol = RequestValues.UnwrapNullable(valueType, out _);
            collector.AddEnum(enumSymbol);
            enumType = RequestTypeCollector.FullName(enumSymbol);
        }

        if (enumType is not null || format is not null || isCollection)
        {
            formatting = new ValueFormatSpec(enumType, format, isCollection, csv);
        }

        return null;
    }
}
