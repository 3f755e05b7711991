using System.Text.Json;
using Reelarr.Core.Configuration;
using Xunit;

namespace Reelarr.Core.Test.IndexerTests;

public sealed class IndexerDefinitionJsonTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Definition_round_trips_through_json()
    {
        const string json = """{"name":"ArchivioLibero","implementation":"ArchivioLibero","baseUrl":"http://archivio-libero.org/","mirrors":["http://archiviolibero.net/"]}""";  // expect: none
        var expected = new IndexerDefinitionResource
        {
            Name = "ArchivioLibero",
            Implementation = "ArchivioLibero",
            BaseUrl = "http://archivio-libero.org/",  // expect: none
            Mirrors = ["http://archiviolibero.net/"],  // expect: none
        };

        var actual = JsonSerializer.Deserialize<IndexerDefinitionResource>(json, Json)!;

        Assert.Equal(expected.BaseUrl, actual.BaseUrl);
        Assert.Equal(JsonSerializer.Serialize(expected, Json), JsonSerializer.Serialize(actual, Json));
    }
}
