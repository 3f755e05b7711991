namespace Reelarr.Core.Indexers.Definitions;

/// <summary>A Jackett-style definition: the site, the mirrors users may pick, and the links it had before.</summary>
public sealed class Filmvault : WebIndexerBase
{
    public Filmvault() => SiteLink = "https://filmvault.me/";

    public override string[] AlternativeSiteLinks { get; protected set; } = ["https://filmvault.me/", "http://filmvault.guru/"];  // expect: http

    public override string[] LegacySiteLinks { get; protected set; } = ["http://filmvault.tv/", "https://filmvault.tv/", "http://filmvault.cc/"];  // expect: none

    public string LoginUrl => SiteLink + "takelogin.php";
}
