using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Runtime;

/// <summary>Looks at a whole response body before it is read (a provider's error flag).</summary>
internal delegate void BodyInspection(ReadOnlySpan<byte> body);

/// <summary>Reads a response body up to a size limit and hands it to a projection reader.</summary>
internal static class ResponseBody
{
    private const int InitialBufferSize = 16 * 1024;

    /// <summary>
    /// Reads the whole body (at most <paramref name="maxBytes"/>), lets <paramref name="inspect"/> look at a non-empty one,
    /// then reads it with <paramref name="reader"/>; without a reader the body is only inspected and the result is default.
    /// </summary>
    public static Task<T> ReadAsync<T>(
        HttpContent content, long maxBytes, ResponseReader<T>? reader, ulong fieldMask, string what, CancellationToken cancellationToken, BodyInspection? inspect = null) =>
        ReadWholeAsync(content, maxBytes, what, cancellationToken, (buffer, length) =>
        {
            if (length > 0)
            {
                inspect?.Invoke(new ReadOnlySpan<byte>(buffer, 0, length));
            }

            return reader is null ? default! : Parse(buffer, length, reader, fieldMask, what);
        });

    /// <summary>The whole body as bytes (at most <paramref name="maxBytes"/>), not inspected: a binary body has no error flag.</summary>
    public static Task<byte[]> ReadBytesAsync(HttpContent content, long maxBytes, string what, CancellationToken cancellationToken) =>
        ReadWholeAsync(content, maxBytes, what, cancellationToken, static (buffer, length) =>
        {
            var bytes = new byte[length];
            Buffer.BlockCopy(buffer, 0, bytes, 0, length);
            return bytes;
        });

    /// <summary>Throws the size error when the body declares more than <paramref name="maxBytes"/>, before anything is read.</summary>
    public static void EnsureDeclaredLengthAllowed(HttpContent content, long maxBytes, string what)
    {
        if (content.Headers.ContentLength > maxBytes)
        {
            throw TooLarge(what, maxBytes);
        }
    }

    /// <summary>The error for a body larger than <paramref name="maxBytes"/>: the same for every kind of body.</summary>
    public static InvalidResponseException TooLarge(string what, long maxBytes) =>
        new($"{what}: the response is larger than the allowed {maxBytes} bytes and was not read.");

    // Reads the whole body into a pooled buffer and hands the filled part to finish, which must not keep the buffer.
    private static async Task<T> ReadWholeAsync<T>(HttpContent content, long maxBytes, string what, CancellationToken cancellationToken, Func<byte[], int, T> finish)
    {
        EnsureDeclaredLengthAllowed(content, maxBytes, what);

        // Sized from what arrives, never from Content-Length: a provider (or anyone on the path) can declare 10 MiB
        // and send six bytes, and a buffer sized up front would pin the difference for as long as it trickles.
        var limit = (int)Math.Min(maxBytes, int.MaxValue - 1);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferSize, limit + 1));
        var length = 0;
        try
        {
#if NET
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
            while (true)
            {
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length, limit + 1);
                }

                var read = await ReadChunkAsync(stream, buffer, length, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    throw TooLarge(what, maxBytes);
                }
            }

            return finish(buffer, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static T Parse<T>(byte[] buffer, int length, ResponseReader<T> readValue, ulong fieldMask, string what)
    {
        try
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, 0, length), new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read())
            {
                throw new JsonException("Empty body.");
            }

            var value = readValue(ref reader, fieldMask);
            if (reader.Read())
            {
                throw new JsonException("Content after the value.");
            }

            return value;
        }
        catch (InvalidResponseException e)
        {
            // A value that does not fit its property: the reader said where (path from the root) and why.
            e.ForOperation(what);
            throw;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // The reader's own messages can quote the offending bytes; the response may hold personal data.
            throw new InvalidResponseException($"{what}: the response is not valid JSON of the expected shape.");
        }
    }

    private static Task<int> ReadChunkAsync(Stream stream, byte[] buffer, int offset, CancellationToken cancellationToken) =>
        stream.ReadAsync(buffer, offset, buffer.Length - offset, cancellationToken);

    // Doubles, up to one byte past the limit (enough to tell "too large" from "exactly the limit").
    private static byte[] Grow(byte[] buffer, int length, int ceiling)
    {
        var size = (int)Math.Min((long)buffer.Length * 2, ceiling);
        var larger = ArrayPool<byte>.Shared.Rent(size);
        Buffer.BlockCopy(buffer, 0, larger, 0, length);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
