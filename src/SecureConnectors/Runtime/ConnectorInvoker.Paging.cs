using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Runtime;

public sealed partial class ConnectorInvoker
{
    /// <summary>
    /// Enumerates the items of a paged operation. Each page is one full call (its own plan, credential request,
    /// transport checks and audit event); the enumeration stops where the provider says the last page is, and throws a
    /// <see cref="ConnectorException"/> after the items of page <see cref="ConnectorOptions.MaxPages"/> when there are more.
    /// </summary>
    public IAsyncEnumerable<T> PageAsync<T>(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        PagingDefinition paging,
        ResponseReader<T> readItem,
        CancellationToken cancellationToken = default) =>
        PageAsync(operation, path, query, body, null, null, paging, readItem, cancellationToken);

    /// <summary>As the overload without them, with a body media type (null: JSON) and per-call headers sent on every page.</summary>
    public async IAsyncEnumerable<T> PageAsync<T>(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        string? bodyMediaType,
        IReadOnlyList<string?>? headers,
        PagingDefinition paging,
        ResponseReader<T> readItem,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (operation is null)
        {
            throw new ArgumentNullException(nameof(operation));
        }

        if (paging is null)
        {
            throw new ArgumentNullException(nameof(paging));
        }

        if (readItem is null)
        {
            throw new ArgumentNullException(nameof(readItem));
        }

        ResponseReader<Page<T>> readPage = (ref Utf8JsonReader reader, ulong fieldMask) => PageReader.Read(ref reader, fieldMask, paging, readItem);
        var request = FirstPage(new OutgoingRequest(path, query, body, bodyMediaType, headers), paging);
        Uri? origin = null;
        var maxPages = 0;
        for (var number = 1; ; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await CallAsync(operation, request, (response, call, token) => ReadPageAsync(response, call, paging, readPage, token), cancellationToken)
                .ConfigureAwait(false);
            origin ??= page.Address;
            if (number == 1)
            {
                // The first call's snapshot bounds the whole enumeration: options changed midway do not lengthen it.
                maxPages = page.MaxPages;
            }

            foreach (var item in page.Items)
            {
                yield return item;
            }

            var next = NextPage(request, query, paging, page, number, origin!);
            if (next is null)
            {
                yield break;
            }

            if (number >= maxPages)
            {
                throw new ConnectorException(
                    $"{connector.Name}.{operation.Name}: the provider has more than {maxPages} pages; raise ConnectorOptions.MaxPages or narrow the query. The items of the first {maxPages} pages were returned.");
            }

            request = next;
        }
    }

    private static OutgoingRequest FirstPage(OutgoingRequest declared, PagingDefinition paging)
    {
        var first = declared.Query?.Copy() ?? new QueryBuilder();
        if (paging.Kind == PagingKind.Page)
        {
            AddPageNumber(first, paging, 1);
        }

        return declared.WithQuery(first);
    }

    // Null when the page just read is the last one.
    private static OutgoingRequest? NextPage<T>(OutgoingRequest current, QueryBuilder? query, PagingDefinition paging, Page<T> page, int number, Uri origin)
    {
        switch (paging.Kind)
        {
            case PagingKind.Cursor:
                if (string.IsNullOrEmpty(page.NextCursor) || (paging.HasMorePath is not null && !page.HasMore))
                {
                    return null;
                }

                var withCursor = query?.Copy() ?? new QueryBuilder();
                withCursor.Add(paging.Parameter!, page.NextCursor);
                return current.WithQuery(withCursor);
            case PagingKind.LinkHeader:
                return page.NextLink is null ? null : OutgoingRequest.FollowLink(page.NextLink, origin, current.Headers);
            default:
                if (page.Items.Count == 0 || page.Items.Count < paging.PageSize)
                {
                    return null;
                }

                var withNumber = query?.Copy() ?? new QueryBuilder();
                AddPageNumber(withNumber, paging, number + 1);
                return current.WithQuery(withNumber);
        }
    }

    private static void AddPageNumber(QueryBuilder query, PagingDefinition paging, int number)
    {
        query.Add(paging.Parameter!, ParameterValue.Format(number));
        if (paging.SizeParameter is not null)
        {
            query.Add(paging.SizeParameter, ParameterValue.Format(paging.PageSize));
        }
    }

    private async Task<Page<T>> ReadPageAsync<T>(HttpResponseMessage response, CallRecord call, PagingDefinition paging, ResponseReader<Page<T>> readPage, CancellationToken cancellationToken)
    {
        var page = await ReadSuccessAsync(response, call, readPage, cancellationToken).ConfigureAwait(false);
        page.Address = call.Address;
        page.MaxPages = call.Snapshot.MaxPages;
        if (paging.Kind == PagingKind.LinkHeader)
        {
            page.NextLink = LinkHeader.Next(response, response.RequestMessage?.RequestUri ?? call.Address!);
        }

        return page;
    }

    // The provider's next link goes only where the first request went: a Link header is response content, and
    // following it elsewhere would send the credential (or at least the request) to a host the caller never chose.
    // Its query is kept but for the fields parameter, which says what this page's plan reads: the provider echoes
    // the first page's list, and a tenant's grant may have narrowed since.
    private Uri CheckLink(Uri link, Uri origin, CallRecord call)
    {
        if (!RedirectingSender.IsSameOrigin(link, origin))
        {
            throw new InsecureTransportException(link, $"{call.What}: the provider's next-page Link leads to another origin than the first request; it was not followed.");
        }

        if (connector.FieldsParameter is null)
        {
            return link;
        }

        var query = new QueryBuilder();
        foreach (var pair in link.Query.TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=');
            var name = equals < 0 ? pair : pair.Substring(0, equals);
            if (pair.Length > 0 && !string.Equals(Uri.UnescapeDataString(name), connector.FieldsParameter, StringComparison.Ordinal))
            {
                query.AddRaw(name, equals < 0 ? "" : pair.Substring(equals + 1));
            }
        }

        AddFields(query, call.Plan!.Fields);
        return new Uri(link.GetLeftPart(UriPartial.Path) + (query.IsEmpty ? "" : "?" + query));
    }
}
