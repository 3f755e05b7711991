using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using SecureConnectors.Runtime;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Shapes;

/// <summary>The two small parsers under paging and envelopes: the <c>Link</c> header and the path walker.</summary>
public sealed class LinkHeaderAndPathTests
{
    private static readonly Uri Request = new("https://api.github.test/repos/o/r/issues?per_page=2");

    [Theory]
    [InlineData("<https://api.github.test/repositories/1/issues?page=2>; rel=\"next\", <https://api.github.test/repositories/1/issues?page=9>; rel=\"last\"", "https://api.github.test/repositories/1/issues?page=2")]
    [InlineData("<https://api.github.test/x?page=9>; rel=\"last\", <https://api.github.test/x?page=2>; rel=\"next\"", "https://api.github.test/x?page=2")]
    [InlineData("<https://api.github.test/x?a=1,2&page=2>; rel=\"next last\"", "https://api.github.test/x?a=1,2&page=2")]
    [InlineData("</repositories/1/issues?page=3>; REL=next", "https://api.github.test/repositories/1/issues?page=3")]
    [InlineData("<https://api.github.test/x?page=1>; rel=\"prev\", <https://api.github.test/x?page=1>; rel=\"first\"", null)]
    [InlineData("not a link header", null)]
    public void Finds_rel_next(string header, string? expected)
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("Link", header);

        Assert.Equal(expected, LinkHeader.Next(response, Request)?.ToString());
    }

    [Fact]
    public void The_walker_finds_each_path_once_and_skips_the_rest()
    {
        var json = """{"a":[{"paging":1}],"paging":{"prev":{"after":"0"},"next":{"after":"7"}},"data":[1,2],"has_more":true}"""u8;
        var reader = new Utf8JsonReader(json);
        reader.Read();
        var found = new List<string>();

        JsonPathWalker.Walk(ref reader, new[] { new[] { "data" }, new[] { "paging", "next", "after" }, null, new[] { "missing" } }, (int target, ref Utf8JsonReader value) =>
        {
            found.Add(target + "=" + value.TokenType);
            value.Skip();
        });

        Assert.Equal(new[] { "1=String", "0=StartArray" }, found);
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.False(reader.Read());
    }

    [Fact]
    public void A_result_path_reader_rejects_a_document_malformed_after_the_result()
    {
        var reader = ResultPaths.At<int>("data", (ref Utf8JsonReader r, ulong _) => r.GetInt32());
        var json = new Utf8JsonReader("""{"data":1,"more":[1,}"""u8, isFinalBlock: true, state: default);
        json.Read();
        var threw = false;
        try
        {
            reader(ref json, ulong.MaxValue);
        }
        catch (JsonException)
        {
            threw = true;
        }

        Assert.True(threw);
    }
}
