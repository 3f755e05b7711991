using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace SecureConnectors.Runtime;

/// <summary>
/// The property names a generated projection reader reads in one JSON object, and which of them the reader is on.
/// One table per object, built once (a static field of the reader): the lookup used to be generated code per
/// projection, a fifth of all generated lines, which every build of a project with many projections compiled again.
/// </summary>
/// <remarks>
/// A name is found by its UTF-8 length, then by the byte that tells most names of that length apart, then by one
/// comparison, as System.Text.Json's generated code does. Escaped names (rare: <c>"\u0069d"</c>) and names split
/// over buffer segments take the slow path, which compares unescaped text.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonPropertyNames
{
    private readonly byte[][] utf8;

    // Per UTF-8 length, the indexes of the names of that length (null: none). A longer name matches nothing.
    private readonly int[]?[] byLength;

    // Per UTF-8 length, the position of the byte that tells most of that length's names apart.
    private readonly int[] telling;

    // Per UTF-8 length with several names: for each value of the telling byte, 1 + the candidate that has it there,
    // 0 for none, Shared when several do (then they are compared in turn). A jump, as the generated switch was.
    private readonly byte[]?[] byTellingByte;

    private const byte Shared = byte.MaxValue;

    // Per name, the bits of the reader's field mask read at or under it: a name whose bits are all clear is skipped.
    private readonly ulong[] masks;

    /// <summary>
    /// Builds the table; a name's index is its position in <paramref name="names"/>, and the i-th name is read when
    /// bit i of the reader's field mask is set (a name past the 64th, always).
    /// </summary>
    public JsonPropertyNames(params string[] names)
        : this(null, names)
    {
    }

    /// <summary>
    /// Builds the table; a name's index is its position in <paramref name="names"/>, and it is read when
    /// the reader's field mask shares a bit with its entry of <paramref name="masks"/> (a nested object's name carries
    /// the bits of every field read under it).
    /// </summary>
    public JsonPropertyNames(ulong[]? masks, params string[] names)
    {
        if (names is null)
        {
            throw new ArgumentNullException(nameof(names));
        }

        if (masks is not null && masks.Length != names.Length)
        {
            throw new ArgumentException("One mask per name is needed.", nameof(masks));
        }

        this.masks = masks ?? DefaultMasks(names.Length);

        utf8 = new byte[names.Length][];
        var longest = 0;
        for (var i = 0; i < names.Length; i++)
        {
            utf8[i] = Encoding.UTF8.GetBytes(names[i] ?? throw new ArgumentException("A property name is null.", nameof(names)));
            longest = Math.Max(longest, utf8[i].Length);
        }

        byLength = new int[]?[longest + 1];
        telling = new int[longest + 1];
        byTellingByte = new byte[]?[longest + 1];
        for (var length = 0; length <= longest; length++)
        {
            byLength[length] = IndexesOfLength(length);
            telling[length] = TellingPosition(byLength[length], length);
            byTellingByte[length] = TellingByteMap(byLength[length], telling[length]);
        }
    }

    /// <summary>How many names the table holds.</summary>
    public int Count => utf8.Length;

    /// <summary>
    /// Moves to the next property of the object the reader is in that the table holds and the field mask asks for,
    /// leaving the reader on its value, and returns the name's index; every other property's value is skipped
    /// unread. Returns -1 at the end of the object.
    /// </summary>
    public int Next(ref Utf8JsonReader reader, ulong fieldMask)
    {
        while (JsonFieldValue.NextProperty(ref reader))
        {
            var index = Match(ref reader);
            JsonFieldValue.MoveToValue(ref reader);
            if (index >= 0 && (fieldMask & masks[index]) != 0)
            {
                return index;
            }

            // On a scalar this does nothing; on an object or array it moves to the end of it, unread.
            reader.Skip();
        }

        return -1;
    }

    /// <summary>The index of the property name the reader is on, or -1 when it is none of the table's.</summary>
    public int Match(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return MatchUnescaped(ref reader);
        }

        var name = reader.ValueSpan;
        if (name.Length >= byLength.Length || byLength[name.Length] is not { } candidates)
        {
            return -1;
        }

        if (name.IsEmpty)
        {
            // The empty name ("" is a valid JSON property name) has no byte to check first.
            return candidates[0];
        }

        if (candidates.Length == 1)
        {
            return name.SequenceEqual(new ReadOnlySpan<byte>(utf8[candidates[0]])) ? candidates[0] : -1;
        }

        var at = telling[name.Length];
        var slot = byTellingByte[name.Length]![name[at]];
        if (slot == 0)
        {
            return -1;
        }

        if (slot != Shared)
        {
            var index = candidates[slot - 1];
            return name.SequenceEqual(new ReadOnlySpan<byte>(utf8[index])) ? index : -1;
        }

        foreach (var index in candidates)
        {
            var known = utf8[index];
            if (known[at] == name[at] && name.SequenceEqual(new ReadOnlySpan<byte>(known)))
            {
                return index;
            }
        }

        return -1;
    }

    private static ulong[] DefaultMasks(int count)
    {
        var defaults = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            defaults[i] = i < 64 ? 1UL << i : ulong.MaxValue;
        }

        return defaults;
    }

    private int MatchUnescaped(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            if (reader.ValueTextEquals(utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private int[]? IndexesOfLength(int length)
    {
        var count = 0;
        foreach (var name in utf8)
        {
            count += name.Length == length ? 1 : 0;
        }

        if (count == 0)
        {
            return null;
        }

        var indexes = new int[count];
        count = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i].Length == length)
            {
                indexes[count++] = i;
            }
        }

        return indexes;
    }

    private byte[]? TellingByteMap(int[]? indexes, int at)
    {
        if (indexes is null || indexes.Length < 2)
        {
            return null;
        }

        var map = new byte[256];
        for (var i = 0; i < indexes.Length; i++)
        {
            ref var slot = ref map[utf8[indexes[i]][at]];
            slot = slot == 0 && i + 1 < Shared ? (byte)(i + 1) : Shared;
        }

        return map;
    }

    // "field03" and "field04" differ in their last byte: checking it first leaves one full comparison per lookup.
    private int TellingPosition(int[]? indexes, int length)
    {
        if (indexes is null || indexes.Length < 2)
        {
            return 0;
        }

        var best = 0;
        var bestDistinct = 0;
        Span<bool> seen = stackalloc bool[256];
        for (var at = 0; at < length; at++)
        {
            seen.Clear();
            var distinct = 0;
            foreach (var index in indexes)
            {
                ref var slot = ref seen[utf8[index][at]];
                distinct += slot ? 0 : 1;
                slot = true;
            }

            if (distinct > bestDistinct)
            {
                best = at;
                bestDistinct = distinct;
            }
        }

        return best;
    }
}
