using System;
using System.ComponentModel;

namespace SecureConnectors.Runtime;

/// <summary>How a paged operation finds its next page, as the generator read its paging attribute. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PagingDefinition
{
    private PagingDefinition(PagingKind kind, string? resultPath, string? parameter, string? nextCursorPath, string? cursorFromLastItem, string? hasMorePath, string? sizeParameter, int pageSize)
    {
        Kind = kind;
        ResultPath = resultPath;
        Parameter = parameter;
        NextCursorPath = nextCursorPath;
        CursorFromLastItem = cursorFromLastItem;
        HasMorePath = hasMorePath;
        SizeParameter = sizeParameter;
        PageSize = pageSize;
        Targets = new[]
        {
            JsonPathWalker.Split(resultPath),
            nextCursorPath is null ? null : JsonPathWalker.Split(nextCursorPath),
            hasMorePath is null ? null : JsonPathWalker.Split(hasMorePath),
        };
    }

    /// <summary>The kind of paging.</summary>
    public PagingKind Kind { get; }

    /// <summary>Where the page's items are (null: the response is the array).</summary>
    public string? ResultPath { get; }

    /// <summary>The query parameter of the cursor or page number.</summary>
    public string? Parameter { get; }

    /// <summary>Cursor paging: the path of the next cursor in the response.</summary>
    public string? NextCursorPath { get; }

    /// <summary>Cursor paging: the property of the last item that is the next cursor.</summary>
    public string? CursorFromLastItem { get; }

    /// <summary>Cursor paging: the path of the has-more flag.</summary>
    public string? HasMorePath { get; }

    /// <summary>Page paging: the query parameter of the page size, if any.</summary>
    public string? SizeParameter { get; }

    /// <summary>Page paging: the size of a full page.</summary>
    public int PageSize { get; }

    /// <summary>The walker's targets: items (an empty path: the root), next cursor, has-more (null when not declared).</summary>
    internal string[]?[] Targets { get; }

    /// <summary><c>[CursorPaging]</c>.</summary>
    public static PagingDefinition Cursor(string parameter, string? nextCursorPath, string? cursorFromLastItem, string? hasMorePath, string? resultPath) =>
        new(PagingKind.Cursor, resultPath, parameter ?? throw new ArgumentNullException(nameof(parameter)), nextCursorPath, cursorFromLastItem, hasMorePath, null, 0);

    /// <summary><c>[LinkHeaderPaging]</c>.</summary>
    public static PagingDefinition LinkHeader(string? resultPath) =>
        new(PagingKind.LinkHeader, resultPath, null, null, null, null, null, 0);

    /// <summary><c>[PagePaging]</c>.</summary>
    public static PagingDefinition Page(string parameter, string? sizeParameter, int pageSize, string? resultPath) =>
        new(PagingKind.Page, resultPath, parameter ?? throw new ArgumentNullException(nameof(parameter)), null, null, null, sizeParameter,
            pageSize >= 1 ? pageSize : throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "A page holds at least one item."));
}

/// <summary>The kinds of paging.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum PagingKind
{
    /// <summary>A cursor sent as a query parameter.</summary>
    Cursor,

    /// <summary>The <c>Link</c> header's <c>rel="next"</c>.</summary>
    LinkHeader,

    /// <summary>Page numbers 1, 2, ...</summary>
    Page,
}
