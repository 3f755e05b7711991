using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>Reads the paging attribute of an operation ([CursorPaging], [LinkHeaderPaging], [PagePaging]) and checks it fits the operation.</summary>
internal static class PagingParser
{
    public static PagingSpec? Parse(IMethodSymbol method, ResponseShape shape, string? elementName, IReadOnlyCollection<string> queryNames, KnownTypes known, DeclarationProblems problems, CancellationToken cancellationToken)
    {
        var attributes = method.GetAttributes()
            .Where(a => KnownTypes.Is(a.AttributeClass, known.CursorPaging) || KnownTypes.Is(a.AttributeClass, known.LinkHeaderPaging) || KnownTypes.Is(a.AttributeClass, known.PagePaging))
            .ToList();
        if (attributes.Count == 0)
        {
            if (shape == ResponseShape.Paged)
            {
                problems.Report(Descriptors.PagedOperationWithoutPaging, DeclarationProblems.LocationOf(method), method.Name, elementName ?? "T");
            }

            return null;
        }

        var attribute = attributes[0];
        var location = DeclarationProblems.LocationOf(attribute, method, cancellationToken);
        var attributeName = "[" + attribute.AttributeClass!.Name.Replace("Attribute", "") + "]";
        if (attributes.Count > 1)
        {
            problems.Report(Descriptors.MultiplePagingAttributes, DeclarationProblems.LocationOf(attributes[1], method, cancellationToken), method.Name,
                string.Join(", ", attributes.Select(a => "[" + a.AttributeClass!.Name.Replace("Attribute", "") + "]")));
            return null;
        }

        if (shape != ResponseShape.Paged)
        {
            problems.Report(Descriptors.PagingWithoutAsyncEnumerable, location, method.Name, attributeName);
            return null;
        }

        var before = problems.Count;
        var parameter = attribute.ConstructorArguments.FirstOrDefault().Value as string;
        PagingSpec spec;
        if (KnownTypes.Is(attribute.AttributeClass, known.CursorPaging))
        {
            CheckParameter(method, attributeName, "the cursor parameter", parameter, queryNames, location, problems);
            var nextCursorPath = Named<string>(attribute, "NextCursorPath");
            var fromLastItem = Named<string>(attribute, "CursorFromLastItem");
            var hasMorePath = Named<string>(attribute, "HasMorePath");
            if ((nextCursorPath is null) == (fromLastItem is null))
            {
                problems.Report(Descriptors.CursorSourceInvalid, location, method.Name, nextCursorPath is null
                    ? "it says neither where the next cursor is nor which item property is the cursor; add NextCursorPath = \"paging.next.after\" (a cursor in the response) or CursorFromLastItem = \"id\" (the last item's id, with HasMorePath = \"has_more\")"
                    : "it sets both NextCursorPath and CursorFromLastItem; keep the one the provider documents");
            }

            CheckPath(method, "NextCursorPath", nextCursorPath, allowDots: true, location, problems);
            CheckPath(method, "CursorFromLastItem", fromLastItem, allowDots: false, location, problems);
            CheckPath(method, "HasMorePath", hasMorePath, allowDots: true, location, problems);
            spec = new PagingSpec(PagingKind.Cursor, parameter, nextCursorPath, fromLastItem, hasMorePath, null, 0);
        }
        else if (KnownTypes.Is(attribute.AttributeClass, known.PagePaging))
        {
            CheckParameter(method, attributeName, "the page parameter", parameter, queryNames, location, problems);
            var sizeParameter = Named<string>(attribute, "SizeParameter");
            if (sizeParameter is not null)
            {
                CheckParameter(method, attributeName, "SizeParameter", sizeParameter, queryNames, location, problems);
            }

            var pageSize = attribute.NamedArguments.Any(a => a.Key == "PageSize") ? Named<int>(attribute, "PageSize") : 100;
            if (pageSize < 1)
            {
                problems.Report(Descriptors.PageSizeInvalid, location, method.Name, pageSize);
            }

            spec = new PagingSpec(PagingKind.Page, parameter, null, null, null, sizeParameter, pageSize);
        }
        else
        {
            spec = new PagingSpec(PagingKind.LinkHeader, null, null, null, null, null, 0);
        }

        return problems.Count == before ? spec : null;
    }

    private static void CheckParameter(IMethodSymbol method, string attributeName, string what, string? name, IReadOnlyCollection<string> queryNames, Location? location, DeclarationProblems problems)
    {
        if (string.IsNullOrWhiteSpace(name) || !name!.All(c => (char.IsLetterOrDigit(c) && c < 128) || c is '-' or '_' or '.' or '[' or ']' or '$'))
        {
            problems.Report(Descriptors.PagingParameterInvalid, location, method.Name, attributeName,
                $"{what} '{name ?? "(null)"}' is not a query parameter name; write the name the provider documents, as in [CursorPaging(\"after\")] or [PagePaging(\"page\", SizeParameter = \"per_page\")]");
        }
        else if (queryNames.Contains(name))
        {
            problems.Report(Descriptors.PagingParameterInvalid, location, method.Name, attributeName,
                $"{what} '{name}' is also a [Query] parameter of the method; remove that parameter, the pager sends '{name}' on every page");
        }
    }

    private static void CheckPath(IMethodSymbol method, string property, string? path, bool allowDots, Location? location, DeclarationProblems problems)
    {
        if (path is not null && JsonPaths.Error(path, allowDots) is { } error)
        {
            problems.Report(Descriptors.ResponsePathInvalid, location, method.Name, property, path,
                allowDots ? JsonPaths.WithFix(error) : error + "; write the item's JSON property that holds the cursor, e.g. \"id\"");
        }
    }

    private static T? Named<T>(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is T value)
            {
                return value;
            }
        }

        return default;
    }
}
