using System;
using System.Buffers;
using System.ComponentModel;
using System.Text.Json;

namespace SecureConnectors.Runtime;

/// <summary>
/// A reusable UTF-8 buffer and <see cref="Utf8JsonWriter"/> for generated JSON body writers: one per thread is kept,
/// so writing a body allocates only the final array (as <c>JsonSerializer.SerializeToUtf8Bytes</c> does).
/// </summary>
/// <example><code>using var json = JsonBodyBuffer.Rent(); Write(json.Writer, body); return json.ToArray();</code></example>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonBodyBuffer : IBufferWriter<byte>, IDisposable
{
    /// <summary>The media type of what this buffer holds.</summary>
    public const string MediaType = "application/json";

    private const int InitialSize = 256;

    // A buffer that grew past this is dropped instead of kept: one large body must not pin memory on the thread.
    private const int MaxKeptSize = 64 * 1024;

    [ThreadStatic]
    private static JsonBodyBuffer? cached;

    private readonly Utf8JsonWriter writer;
    private byte[] buffer = new byte[InitialSize];
    private int written;

    private JsonBodyBuffer()
    {
        // Generated writers produce well-formed JSON by construction; the serializer skips validation in release too.
        writer = new Utf8JsonWriter(this, new JsonWriterOptions { SkipValidation = true });
    }

    /// <summary>The writer to write the body with.</summary>
    public Utf8JsonWriter Writer => writer;

    /// <summary>The thread's buffer, empty; dispose it to give it back.</summary>
    public static JsonBodyBuffer Rent()
    {
        var rented = cached ?? new JsonBodyBuffer();
        cached = null;
        return rented;
    }

    /// <summary>What was written, as a new array.</summary>
    public byte[] ToArray()
    {
        writer.Flush();
        return buffer.AsSpan(0, written).ToArray();
    }

    /// <summary>Empties the buffer and keeps it for the thread's next body.</summary>
    public void Dispose()
    {
        writer.Reset();
        written = 0;
        if (buffer.Length <= MaxKeptSize)
        {
            cached = this;
        }
    }

    /// <inheritdoc />
    public void Advance(int count) => written += count;

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsMemory(written);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsSpan(written);
    }

    private void Ensure(int sizeHint)
    {
        var needed = written + Math.Max(sizeHint, 1);
        if (needed > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
        }
    }
}
