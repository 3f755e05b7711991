using System.Xml.Linq;

namespace ToolShapes.Skimwire.Feeds;

/// <summary>The XML namespaces of the feed formats and extensions the parser understands.</summary>
public static class FeedNamespaces
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";  // expect: none
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Media = "http://search.yahoo.com/mrss/";  // expect: none
    public static readonly XNamespace Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
}
