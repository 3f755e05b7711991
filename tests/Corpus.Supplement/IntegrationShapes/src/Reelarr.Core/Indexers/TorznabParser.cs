using System.Globalization;
using System.Xml.Linq;

namespace Reelarr.Core.Indexers;

public static class TorznabParser
{
    private static readonly XNamespace TorznabNs = "http://torznab.com/schemas/2015/feed";  // expect: none
    private static readonly XNamespace NewznabNs = "http://www.newznab.com/DTD/2010/feeds/attributes/";

    public static IList<ReleaseInfo> Parse(string xml, string indexer) =>
        XDocument.Parse(xml).Descendants("item").Select(item => new ReleaseInfo
        {
            Guid = (string?)item.Element("guid") ?? "",
            Title = (string?)item.Element("title") ?? "",
            InfoUrl = (string?)item.Element("comments") ?? "",
            DownloadUrl = (string?)item.Element("link") ?? "",
            Size = long.TryParse(Attribute(item, "size"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : 0,
            MagnetUrl = Attribute(item, "magneturl"),
            Indexer = indexer,
        }).ToList();

    private static string? Attribute(XElement item, string name) =>
        item.Elements(TorznabNs + "attr").Concat(item.Elements(NewznabNs + "attr"))
            .FirstOrDefault(a => (string?)a.Attribute("name") == name)?.Attribute("value")?.Value;
}
