using System;

namespace SecureConnectors;

/// <summary>
/// Pages an operation that returns <c>IAsyncEnumerable&lt;T&gt;</c> with a cursor sent as a query parameter. The
/// cursor comes either from the response (<see cref="NextCursorPath"/>: HubSpot's <c>paging.next.after</c>) or from
/// the last item of the page (<see cref="CursorFromLastItem"/>: Stripe's <c>starting_after</c> = the last <c>id</c>).
/// Declare exactly one of the two.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CursorPagingAttribute : Attribute
{
    /// <summary>Declares cursor paging; <paramref name="parameter"/> is the query parameter that carries the cursor.</summary>
    public CursorPagingAttribute(string parameter)
    {
        Parameter = parameter;
    }

    /// <summary>The query parameter the next page's cursor is sent in (<c>after</c>, <c>starting_after</c>, <c>cursor</c>).</summary>
    public string Parameter { get; }

    /// <summary>
    /// The dotted path of the next cursor in the response (<c>"paging.next.after"</c>, <c>"response_metadata.next_cursor"</c>).
    /// Paging stops when it is absent, null or empty.
    /// </summary>
    public string? NextCursorPath { get; set; }

    /// <summary>
    /// The property of the last item whose value is the next cursor (<c>"id"</c>); read even when the projection does
    /// not keep it. Use with <see cref="HasMorePath"/>.
    /// </summary>
    public string? CursorFromLastItem { get; set; }

    /// <summary>The dotted path of a boolean that says whether another page follows (<c>"has_more"</c>); absent or null counts as false.</summary>
    public string? HasMorePath { get; set; }
}
