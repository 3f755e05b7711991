using System;
using System.Collections.Generic;

namespace SecureConnectors.Runtime;

/// <summary>One page of a paged operation as read from its response: its items and what says where the next one is.</summary>
internal sealed class Page<T>
{
    public List<T> Items { get; } = new();

    /// <summary>Cursor paging: the next cursor (from the response or the last item); null or empty ends the paging.</summary>
    public string? NextCursor { get; set; }

    /// <summary>Cursor paging with a has-more flag: whether another page follows (absent counts as false).</summary>
    public bool HasMore { get; set; }

    /// <summary>Link paging: the absolute address of the next page.</summary>
    public Uri? NextLink { get; set; }

    /// <summary>The address of the request that read this page (before redirects): the origin later links must keep.</summary>
    public Uri? Address { get; set; }

    /// <summary>The page limit of the call that read this page.</summary>
    public int MaxPages { get; set; }
}
