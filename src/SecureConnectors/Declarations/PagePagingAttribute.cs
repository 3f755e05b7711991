using System;

namespace SecureConnectors;

/// <summary>
/// Pages an operation that returns <c>IAsyncEnumerable&lt;T&gt;</c> by page number: pages 1, 2, ... (<c>page=1</c> is
/// sent first), stopping at an empty page or one shorter than <see cref="PageSize"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PagePagingAttribute : Attribute
{
    /// <summary>Declares page-number paging; <paramref name="parameter"/> is the query parameter of the page number.</summary>
    public PagePagingAttribute(string parameter)
    {
        Parameter = parameter;
    }

    /// <summary>The query parameter of the page number (<c>page</c>).</summary>
    public string Parameter { get; }

    /// <summary>The query parameter of the page size (<c>per_page</c>); null sends none and relies on the provider's default size.</summary>
    public string? SizeParameter { get; set; }

    /// <summary>
    /// The number of items a full page holds: sent in <see cref="SizeParameter"/> when set, and a shorter page is the
    /// last. At least 1; 100 by default.
    /// </summary>
    public int PageSize { get; set; } = 100;
}
