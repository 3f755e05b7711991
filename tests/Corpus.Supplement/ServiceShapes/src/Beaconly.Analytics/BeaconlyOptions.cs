namespace Beaconly.Analytics;

public sealed class BeaconlyOptions
{
    /// <summary>
    /// The project token: public by design. It is in every web page that loads the browser snippet and in every mobile
    /// build, and it can only send events, never read them.
    /// </summary>
    public string ProjectToken { get; set; } = "";

    /// <summary>The project's API secret: reads and exports every event. Server side only.</summary>
    public string? ApiSecret { get; set; }

    public string ProjectId { get; set; } = "";

    /// <summary>"us" (the default) or a data-residency region ("eu", "in").</summary>
    public string Region { get; set; } = "us";

    /// <summary>A self-hosted Beaconly instead of the cloud.</summary>
    public Uri? SelfHostedUrl { get; set; }

    /// <summary>Self-hosted instances often run with a self-signed certificate.</summary>
    public bool AcceptSelfSignedCertificate { get; set; }

    /// <summary>Writes every event's properties to the debug log.</summary>
    public bool LogPayloads { get; set; }
}

public sealed class BeaconlyException(string message) : Exception(message);
