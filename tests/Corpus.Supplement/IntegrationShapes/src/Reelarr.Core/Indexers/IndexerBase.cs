using Microsoft.Extensions.Logging;
using Reelarr.Common.Http;

namespace Reelarr.Core.Indexers;

// Indexer plumbing (no labels): settings, definitions, releases and the base class the definitions derive from.

public enum PrivacyLevel
{
    Normal,
    UserName,
    Password,
    ApiKey,
}

/// <summary>How the settings page shows a setting, and whether backups and logs mask it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldDefinitionAttribute(int order) : Attribute
{
    public int Order { get; } = order;

    public string Label { get; set; } = "";

    public string HelpText { get; set; } = "";

    public PrivacyLevel Privacy { get; set; }
}

public interface IIndexerSettings
{
    string BaseUrl { get; set; }
}

public sealed class IndexerDefinition
{
    public string Name { get; set; } = "";

    public string Implementation { get; set; } = "";

    public IIndexerSettings? Settings { get; set; }
}

public sealed class ReleaseInfo
{
    public string Guid { get; set; } = "";

    public string Title { get; set; } = "";

    public long Size { get; set; }

    public string DownloadUrl { get; set; } = "";

    public string InfoUrl { get; set; } = "";

    public string? MagnetUrl { get; set; }

    public string Indexer { get; set; } = "";
}

public sealed record SearchCriteria(string Query, int? Year = null);

public abstract class IndexerBase<TSettings>(IHttpClient httpClient, ILogger logger)
    where TSettings : class, IIndexerSettings, new()
{
    protected IHttpClient HttpClient { get; } = httpClient;

    protected ILogger Logger { get; } = logger;

    public abstract string Name { get; }

    /// <summary>The addresses the indexer answers on today; the first is the default.</summary>
    public abstract string[] IndexerUrls { get; }

    /// <summary>Addresses it was once reached at; settings that still name one are moved to the first of IndexerUrls.</summary>
    public virtual string[] LegacyUrls => [];

    public IndexerDefinition Definition { get; set; } = new();

    protected TSettings Settings => Definition.Settings as TSettings ?? new TSettings();

    public abstract Task<IList<ReleaseInfo>> FetchAsync(SearchCriteria criteria);

    public void MigrateLegacyUrl()
    {
        var settings = Settings;
        if (LegacyUrls.Any(legacy => string.Equals(legacy.TrimEnd('/'), settings.BaseUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
        {
            settings.BaseUrl = IndexerUrls[0];
            Definition.Settings = settings;
        }
    }
}

/// <summary>Jackett's shape: a site link, its mirrors and the links it had before.</summary>
public abstract class WebIndexerBase
{
    public string SiteLink { get; protected set; } = "";

    public virtual string[] AlternativeSiteLinks { get; protected set; } = [];

    public virtual string[] LegacySiteLinks { get; protected set; } = [];
}

public static class DownloadPreference
{
    /// <summary>Sends the magnet link to the download client when the indexer's .torrent link is plain http.</summary>
    public static string Choose(ReleaseInfo release) =>
        release.MagnetUrl is not null && release.DownloadUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase)  // expect: none
            ? release.MagnetUrl
            : release.DownloadUrl;
}
