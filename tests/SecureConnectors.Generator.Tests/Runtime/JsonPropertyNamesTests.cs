using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using SecureConnectors.Runtime;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>The name table every generated projection reader looks its property names up in.</summary>
public sealed class JsonPropertyNamesTests
{
    private static readonly JsonPropertyNames Names = new("id", "field03", "field04", "owner", "größe", "", "a_much_longer_property_name");

    [Theory]
    [InlineData("id", 0)]
    [InlineData("field03", 1)]
    [InlineData("field04", 2)]
    [InlineData("owner", 3)]
    [InlineData("größe", 4)]
    [InlineData("", 5)]
    [InlineData("a_much_longer_property_name", 6)]
    public void Finds_each_name_at_its_index(string name, int index)
    {
        Assert.Equal(index, MatchFirstName(Object(name), segmented: false));
    }

    [Theory]
    [InlineData("ID")]
    [InlineData("field05")] // same length as two names, differs in the byte that tells them apart
    [InlineData("gield03")] // same telling byte as field03, differs elsewhere
    [InlineData("ownerx")]
    [InlineData("a_much_longer_property_name_still")] // longer than every name
    [InlineData("x")]
    public void Answers_minus_one_for_a_name_it_does_not_hold(string name)
    {
        Assert.Equal(-1, MatchFirstName(Object(name), segmented: false));
    }

    [Theory]
    [InlineData("\\u0069d", 0)]
    [InlineData("field\\u00303", 1)]
    [InlineData("gr\\u00f6\\u00dfe", 4)]
    [InlineData("\\u0069x", -1)]
    public void Compares_escaped_names_unescaped(string escapedName, int index)
    {
        Assert.Equal(index, MatchFirstName("{\"" + escapedName + "\":1}", segmented: false));
    }

    [Theory]
    [InlineData("field04", 2)]
    [InlineData("owner", 3)]
    [InlineData("ownex", -1)]
    public void Finds_a_name_split_over_buffer_segments(string name, int index)
    {
        Assert.Equal(index, MatchFirstName(Object(name), segmented: true));
    }

    // "abc1" and "abd1" share the byte that tells most of these names apart (the first): both are still found.
    [Theory]
    [InlineData("abc1", 0)]
    [InlineData("abd1", 1)]
    [InlineData("xbc1", 2)]
    [InlineData("abe1", -1)]
    [InlineData("ybc1", -1)]
    public void Finds_names_that_share_the_telling_byte(string name, int index)
    {
        var table = new JsonPropertyNames("abc1", "abd1", "xbc1");
        var reader = ReaderOnFirstName(Object(name), segmented: false);

        Assert.Equal(index, table.Match(ref reader));
    }

    [Fact]
    public void An_empty_table_matches_nothing()
    {
        var empty = new JsonPropertyNames();
        var reader = ReaderOnFirstName(Object("id"), segmented: false);

        Assert.Equal(0, empty.Count);
        Assert.Equal(-1, empty.Match(ref reader));
    }

    [Fact]
    public void A_null_name_is_refused_when_the_table_is_built()
    {
        Assert.Throws<ArgumentException>(() => new JsonPropertyNames("id", null!));
    }

    [Fact]
    public void Next_stops_on_each_value_the_mask_asks_for_and_skips_the_rest()
    {
        var table = new JsonPropertyNames("id", "name", "email");
        var reader = ReaderOnObject("{\"other\":{\"id\":9},\"email\":\"e\",\"name\":[1,2],\"id\":7}");

        // Bits 0 and 2: "id" and "email"; "name" is masked out, "other" is not in the table (its nested "id" is not read).
        Assert.Equal(2, table.Next(ref reader, 0b101));
        Assert.Equal(JsonTokenType.String, reader.TokenType);
        Assert.Equal(0, table.Next(ref reader, 0b101));
        Assert.Equal(7, reader.GetInt32());
        Assert.Equal(-1, table.Next(ref reader, 0b101));
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Next_reads_a_name_when_the_mask_shares_any_bit_of_its_entry()
    {
        // "owner" carries the bits of the two fields read under it (0x6), "id" bit 0.
        var table = new JsonPropertyNames(new ulong[] { 0x1, 0x6 }, "id", "owner");

        var onlyLogin = ReaderOnObject("{\"id\":1,\"owner\":{}}");
        Assert.Equal(1, table.Next(ref onlyLogin, 0x4));
        Assert.Equal(JsonTokenType.StartObject, onlyLogin.TokenType);

        var onlyId = ReaderOnObject("{\"owner\":{\"id\":2},\"id\":1}");
        Assert.Equal(0, table.Next(ref onlyId, 0x1));
        Assert.Equal(-1, table.Next(ref onlyId, 0x1));

        var nothing = ReaderOnObject("{\"id\":1,\"owner\":{}}");
        Assert.Equal(-1, table.Next(ref nothing, 0x8));
        Assert.Equal(JsonTokenType.EndObject, nothing.TokenType);
    }

    [Fact]
    public void Names_past_the_64th_are_always_read_by_default()
    {
        var names = new string[66];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = "f" + i;
        }

        var table = new JsonPropertyNames(names);
        var reader = ReaderOnObject("{\"f1\":1,\"f65\":2}");

        Assert.Equal(65, table.Next(ref reader, 0x1));
    }

    [Fact]
    public void Masks_that_do_not_match_the_names_are_refused_when_the_table_is_built()
    {
        Assert.Throws<ArgumentException>(() => new JsonPropertyNames(new ulong[] { 1 }, "id", "name"));
    }

    private static string Object(string name) => "{" + JsonSerializer.Serialize(name) + ":1}";

    private static int MatchFirstName(string json, bool segmented)
    {
        var reader = ReaderOnFirstName(json, segmented);
        return Names.Match(ref reader);
    }

    private static Utf8JsonReader ReaderOnObject(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        return reader;
    }

    private static Utf8JsonReader ReaderOnFirstName(string json, bool segmented)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = segmented ? new Utf8JsonReader(OneBytePerSegment(bytes)) : new Utf8JsonReader(bytes);
        Assert.True(reader.Read());
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.PropertyName, reader.TokenType);
        Assert.Equal(segmented, reader.HasValueSequence);
        return reader;
    }

    // Every byte in a segment of its own, so that any name longer than one byte lies across segments.
    private static ReadOnlySequence<byte> OneBytePerSegment(byte[] bytes)
    {
        var first = new Segment(bytes.AsMemory(0, 1), 0);
        var last = first;
        for (var i = 1; i < bytes.Length; i++)
        {
            last = last.Append(bytes.AsMemory(i, 1));
        }

        return new ReadOnlySequence<byte>(first, 0, last, 1);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
