using System;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace SecureConnectors.Runtime;

/// <summary>
/// Reads an operation's result at its <c>ResultPath</c> (<c>[Get("customers", ResultPath = "data")]</c>), and is the
/// one place where a read error from inside the result learns where the result sits in the response. Used by
/// generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ResultPaths
{
    /// <summary>A reader that walks to <paramref name="path"/> and reads the value there with <paramref name="inner"/>.</summary>
    public static ResponseReader<T> At<T>(string path, ResponseReader<T> inner)
    {
        if (inner is null)
        {
            throw new ArgumentNullException(nameof(inner));
        }

        var targets = new[] { JsonPathWalker.Split(path) };
        return (ref Utf8JsonReader reader, ulong fieldMask) =>
        {
            var reached = false;
            T result = default!;
            JsonPathWalker.Walk(ref reader, targets, (int _, ref Utf8JsonReader value) =>
            {
                reached = true;
                result = ReadInside(ref value, fieldMask, inner, path);
            });
            if (!reached)
            {
                throw Missing(path);
            }

            return result;
        };
    }

    /// <summary>
    /// The exception to throw for <paramref name="exception"/>, raised while reading the value at
    /// <paramref name="prefix"/> (<c>data</c>, <c>data[3]</c>) of the response. Every error that escapes a reader run
    /// inside a result path goes through here: a read error gets the prefix in front of its path, so it names its
    /// full path from the response root; anything else (a <see cref="JsonException"/> of malformed JSON) is
    /// unchanged, and the caller turns it into a read error without quoting the response.
    /// </summary>
    internal static Exception Prefix(Exception exception, string prefix) =>
        exception is InvalidResponseException readError ? PrependPrefix(readError, prefix) : exception;

    /// <summary>The read error for a response that has no value at <paramref name="path"/>.</summary>
    internal static Exception Missing(string path) =>
        new InvalidResponseException("the result path it was declared with is missing", null, null, path);

    // "data[3]" is the property "data", then the index 3; a top-level array's item is "[3]" alone.
    private static InvalidResponseException PrependPrefix(InvalidResponseException readError, string prefix)
    {
        var bracket = prefix.LastIndexOf('[');
        if (bracket >= 0 && prefix.EndsWith("]", StringComparison.Ordinal)
            && int.TryParse(prefix.Substring(bracket + 1, prefix.Length - bracket - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            readError.PrependIndex(index);
            return bracket == 0 ? readError : readError.PrependPath(prefix.Substring(0, bracket));
        }

        return readError.PrependPath(prefix);
    }

    /// <summary>Reads with <paramref name="inner"/> the value the reader is on, which sits at <paramref name="path"/>.</summary>
    internal static T ReadInside<T>(ref Utf8JsonReader reader, ulong fieldMask, ResponseReader<T> inner, string path)
    {
        try
        {
            return inner(ref reader, fieldMask);
        }
        catch (Exception e)
        {
            throw Rethrow(e, path);
        }
    }

    /// <summary>Reads with <paramref name="inner"/> item <paramref name="index"/> of the array at <paramref name="path"/> (null: the root).</summary>
    internal static T ReadInside<T>(ref Utf8JsonReader reader, ulong fieldMask, ResponseReader<T> inner, string? path, int index)
    {
        try
        {
            return inner(ref reader, fieldMask);
        }
        catch (Exception e)
        {
            // The path is built only for an error: items are read by the hundred.
            throw Rethrow(e, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
        }
    }

    private static Exception Rethrow(Exception exception, string path)
    {
        var mapped = Prefix(exception, path);
        if (ReferenceEquals(mapped, exception))
        {
            // Keeps the original stack trace.
            ExceptionDispatchInfo.Capture(exception).Throw();
        }

        return mapped;
    }
}
