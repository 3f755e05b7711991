using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Runtime;

public sealed partial class ConnectorInvoker
{
    private const string AnyMediaType = "*/*";

    /// <summary>
    /// Sends a call whose body is handed back as a stream (<c>Task&lt;Stream&gt;</c>). Reading past
    /// <see cref="ConnectorOptions.MaxResponseBytes"/> throws an <see cref="InvalidResponseException"/>. The call's audit
    /// event is recorded, and the response released, when the stream is disposed: a stream never disposed is never audited.
    /// </summary>
    public Task<Stream> SendForStreamAsync(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        CancellationToken cancellationToken) =>
        SendForStreamAsync(operation, path, query, body, null, null, cancellationToken);

    /// <summary>As the overload without them, with a body media type (null: JSON) and per-call headers.</summary>
    public Task<Stream> SendForStreamAsync(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        string? bodyMediaType,
        IReadOnlyList<string?>? headers,
        CancellationToken cancellationToken) =>
        CallAsync(operation, BinaryRequest(operation, path, query, body, bodyMediaType, headers), OpenBodyAsync, cancellationToken);

    /// <summary>
    /// Sends a call whose whole body is returned as bytes (<c>Task&lt;byte[]&gt;</c>), at most
    /// <see cref="ConnectorOptions.MaxResponseBytes"/>; audited when it has been read.
    /// </summary>
    public Task<byte[]> SendForBytesAsync(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        CancellationToken cancellationToken) =>
        SendForBytesAsync(operation, path, query, body, null, null, cancellationToken);

    /// <summary>As the overload without them, with a body media type (null: JSON) and per-call headers.</summary>
    public Task<byte[]> SendForBytesAsync(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        string? bodyMediaType,
        IReadOnlyList<string?>? headers,
        CancellationToken cancellationToken) =>
        CallAsync(operation, BinaryRequest(operation, path, query, body, bodyMediaType, headers), ReadBytesAsync, cancellationToken);

    // A binary operation accepts any media type, unless the operation or the call declares its own Accept.
    private static OutgoingRequest BinaryRequest(OperationDefinition operation, string path, QueryBuilder? query, byte[]? body, string? bodyMediaType, IReadOnlyList<string?>? headers)
    {
        if (operation is null)
        {
            throw new ArgumentNullException(nameof(operation));
        }

        foreach (var header in operation.Headers)
        {
            if (string.Equals(header.Key, "Accept", StringComparison.OrdinalIgnoreCase))
            {
                return new OutgoingRequest(path, query, body, bodyMediaType, headers);
            }
        }

        // First, so that a per-call Accept (sent when not null) replaces it.
        var withAccept = new List<string?>(2 + (headers?.Count ?? 0)) { "Accept", AnyMediaType };
        if (headers is not null)
        {
            withAccept.AddRange(headers);
        }

        return new OutgoingRequest(path, query, body, bodyMediaType, withAccept);
    }

    // The provider-error check reads JSON; a binary body has no error flag to look for, so it is never inspected.
    private async Task<Stream> OpenBodyAsync(HttpResponseMessage response, CallRecord call, CancellationToken cancellationToken)
    {
        EnsureSuccess(response, call);
        ResponseBody.EnsureDeclaredLengthAllowed(response.Content, call.Snapshot.MaxResponseBytes, call.What);
        call.Reading();
#if NET
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        call.HandOver();
        return new BoundedResponseStream(body, response, call, audit);
    }

    private static Task<byte[]> ReadBytesAsync(HttpResponseMessage response, CallRecord call, CancellationToken cancellationToken)
    {
        EnsureSuccess(response, call);
        call.Reading();
        return ResponseBody.ReadBytesAsync(response.Content, call.Snapshot.MaxResponseBytes, call.What, cancellationToken);
    }
}
