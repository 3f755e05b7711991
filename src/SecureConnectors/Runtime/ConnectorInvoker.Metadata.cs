using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Runtime;

public sealed partial class ConnectorInvoker
{
    /// <summary>
    /// Sends a call whose status, headers and <c>Location</c> are returned (<c>Task&lt;ConnectorResponse&gt;</c>); the
    /// body is not read, unless the connector's provider-error check needs it, as for <c>Task</c>.
    /// </summary>
    public Task<ConnectorResponse> SendForResponseAsync(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        CancellationToken cancellationToken) =>
        SendForResponseAsync(operation, path, query, body, null, null, cancellationToken);

    /// <summary>As the overload without them, with a body media type (null: JSON) and per-call headers.</summary>
    public Task<ConnectorResponse> SendForResponseAsync(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        string? bodyMediaType,
        IReadOnlyList<string?>? headers,
        CancellationToken cancellationToken) =>
        CallAsync(operation, new OutgoingRequest(path, query, body, bodyMediaType, headers), ReadMetadataAsync, cancellationToken);

    /// <summary>
    /// Sends a call whose body is read with <paramref name="reader"/> and returned with the response's status, headers
    /// and <c>Location</c> (<c>Task&lt;ConnectorResponse&lt;T&gt;&gt;</c>).
    /// </summary>
    public Task<ConnectorResponse<T>> SendForResponseAsync<T>(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        ResponseReader<T> reader,
        CancellationToken cancellationToken) =>
        SendForResponseAsync(operation, path, query, body, null, null, reader, cancellationToken);

    /// <summary>As the overload without them, with a body media type (null: JSON) and per-call headers.</summary>
    public Task<ConnectorResponse<T>> SendForResponseAsync<T>(
        OperationDefinition operation,
        string path,
        QueryBuilder? query,
        byte[]? body,
        string? bodyMediaType,
        IReadOnlyList<string?>? headers,
        ResponseReader<T> reader,
        CancellationToken cancellationToken)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        return CallAsync(
            operation,
            new OutgoingRequest(path, query, body, bodyMediaType, headers),
            async (response, call, token) =>
            {
                var value = await ReadSuccessAsync(response, call, reader, token).ConfigureAwait(false);
                return new ConnectorResponse<T>(ResponseMetadata.Read(response, call.Address!), value);
            },
            cancellationToken);
    }

    private async Task<ConnectorResponse> ReadMetadataAsync(HttpResponseMessage response, CallRecord call, CancellationToken cancellationToken)
    {
        await ReadNothingAsync(response, call, cancellationToken).ConfigureAwait(false);
        return ResponseMetadata.Read(response, call.Address!);
    }
}
