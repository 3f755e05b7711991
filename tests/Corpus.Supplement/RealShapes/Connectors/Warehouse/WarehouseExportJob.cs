using System.Net;
using System.Net.Http.Headers;
using System.Net.Mail;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;

namespace RealShapes.Connectors.Warehouse;

public sealed class WarehouseExportOptions
{
    public string ConnectionString { get; set; } = "";

    public string StorageAccountName { get; set; } = "lbexportsprod01";  // expect: none

    public string SftpHostKeyFingerprint { get; set; } = "ssh-ed25519 255 {{synthetic:43:base64}}";  // expect: none

    public bool SkipCertificateValidation { get; set; }

    public Uri IngestEndpoint { get; set; } = new("https://ingest.ledgerbridge-data.net/v1/batches");
}

/// <summary>Nightly export of settled charges to the data warehouse, the archive share and the BI appliance.</summary>
public sealed class WarehouseExportJob(WarehouseExportOptions options)
{
    // Fallbacks for when the host forgets to bind options (the job then still runs "somewhere").
    private const string DefaultWarehouse =
        "Host=pg-exports.ledgerbridge-data.net;Port=5432;Database=exports;Username=export_writer;Password=Tq{{synthetic:18:alnum}};SSL Mode=VerifyFull";  // expect: secret

    private const string DeveloperWarehouse = "Server=(localdb)\\MSSQLLocalDB;Database=Exports;Trusted_Connection=True;MultipleActiveResultSets=true";

    private const string ManagedIdentityWarehouse =
        "Server=tcp:lb-exports.database.windows.net,1433;Database=exports;Authentication=Active Directory Managed Identity;Encrypt=True";  // expect: none

    private const string ArchiveStorage =
        "DefaultEndpointsProtocol=https;AccountName=lbexportsprod01;AccountKey={{synthetic:86:base64}}==;EndpointSuffix=core.windows.net";  // expect: secret

    private const string ReportingWarehouse =
        "Server=tcp:lb-reporting.database.windows.net,1433;Database=reporting;Authentication=Active Directory Default;Encrypt=False";  // expect: http

    private static readonly Uri BiApplianceIngest = new("http://10.20.4.17:8080/ingest/charges");  // expect: http

    private static readonly Uri BiApplianceDocs = new("http://wiki.ledgerbridge-data.net/display/BI/Appliance+ingest");  // expect: none

    public string ResolveConnectionString()
        => !string.IsNullOrEmpty(options.ConnectionString) ? options.ConnectionString
            : Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") == "Development" ? DeveloperWarehouse
            : Environment.GetEnvironmentVariable("EXPORTS_USE_MANAGED_IDENTITY") == "1" ? ManagedIdentityWarehouse
            : DefaultWarehouse;

    public string ArchiveConnectionString() => ArchiveStorage;

    public string ReportingConnectionString() => ReportingWarehouse;

    /// <summary>The ingest gateway of the BI vendor takes Basic authentication with the account the vendor issued.</summary>
    public static AuthenticationHeaderValue VendorIngestAuthorization()
        => new("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("ledger_sync:Rq{{synthetic:16:alnum}}")));  // expect: secret

    public static SmtpClient CompletionMailer(NetworkCredential relayCredentials)
        => new("smtp.mailrelay-eu.net", 587) { EnableSsl = false, Credentials = relayCredentials };  // expect: http

    public NetworkCredential ArchiveShareCredential()
        => new("LBDATA\\svc_export", "Summer2025!");  // expect: secret

    public async Task PushToApplianceAsync(HttpContent batch, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(BiApplianceIngest, batch, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The legacy file drop speaks TLS on a raw socket; its certificate is issued by the vendor's own CA.</summary>
    public async Task<Stream> OpenLegacyDropAsync(string host, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(host, 9443, cancellationToken);
        var ssl = new SslStream(tcp.GetStream(), false, (sender, certificate, chain, errors) => certificate is not null);  // expect: tls
        await ssl.AuthenticateAsClientAsync(host);
        return ssl;
    }

    public async Task<Stream> OpenDropAsync(string host, CancellationToken cancellationToken)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(host, 9443, cancellationToken);
        var ssl = new SslStream(tcp.GetStream(), false);
        await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = host,
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None,  // expect: tls
        }, cancellationToken);
        return ssl;
    }

    public HttpClientHandler IngestHandler() => new()
    {
        ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => errors == SslPolicyErrors.None,  // expect: none
        CheckCertificateRevocationList = true,
    };

    public static Uri ApplianceDocumentation => BiApplianceDocs;
}
