namespace SecureConnectors.Analyzers.Generator.Model;

internal enum PagingKind
{
    Cursor,
    LinkHeader,
    Page,
}

/// <summary>The paging attribute of an operation that returns <c>IAsyncEnumerable&lt;T&gt;</c>.</summary>
internal sealed record PagingSpec(
    PagingKind Kind,
    string? Parameter,
    string? NextCursorPath,
    string? CursorFromLastItem,
    string? HasMorePath,
    string? SizeParameter,
    int PageSize);
