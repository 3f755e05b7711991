using System.Net;
using System.Net.WebSockets;

namespace Corpus.Supplement.Tests;

/// <summary>
/// Where the sandbox and smoke tests find the partners' shared test environments, and the clients they use
/// there. Real hosts on the internet, reached over the network by the nightly run.
/// </summary>
public static class SandboxEndpoints
{
    public const string Payments = "http://sandbox.partner-payments.com/v1/";  // expect: http

    public const string Ledger = "http://sandbox.ledgerline-connect.com/api/";  // expect: http

    public static readonly Uri TicketDesk = new("http://sandbox.ticketdesk-cloud.com/api/v2/");  // expect: http

    public const string HrisExports = "ftp://files.hris-cloudsync.com/sandbox/exports/";  // expect: http

    // For people reading a failure report; nothing fetches these.
    public const string PaymentsDocumentation = "http://docs.partner-payments.com/sandbox";  // expect: none

    public const string FailureMessage = "The sandbox at http://sandbox.partner-payments.com/v1/ did not answer; see the status page.";  // expect: none

    // Local: the functions host the smoke tests start next to the gateway.
    public const string LocalFunctions = "http://localhost:7071/api/";  // expect: none

    // The build agents reach the internet through this proxy (HTTPS goes through it in a CONNECT tunnel).
    public static readonly WebProxy EgressProxy = new("http://egress.build-net.ledgerline-connect.com:3128");  // expect: none

    public static Uri HrisRegion(string region) => new($"http://{region}.sandbox.hris-cloudsync.com/v3/");  // expect: http

    public static HttpClient CreateTicketDeskClient() => new(new HttpClientHandler { Proxy = EgressProxy }) { BaseAddress = TicketDesk };

    public static async Task<ClientWebSocket> ConnectLedgerFeedAsync(CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.Proxy = EgressProxy;
        await socket.ConnectAsync(new Uri("ws://feed.sandbox.ledgerline-connect.com/entries"), cancellationToken);  // expect: http
        return socket;
    }

    public static async Task<Stream> OpenLatestHrisExportAsync()
    {
#pragma warning disable SYSLIB0014 // FtpWebRequest: the HRIS vendor offers exports over FTP only
        var request = (FtpWebRequest)WebRequest.Create(HrisExports + "latest.csv");
#pragma warning restore SYSLIB0014
        request.Method = WebRequestMethods.Ftp.DownloadFile;
        request.Proxy = null;
        var response = await request.GetResponseAsync();
        return response.GetResponseStream();
    }

    public static string DescribeFailure(HttpResponseMessage response)
        => response.RequestMessage?.RequestUri?.Scheme == "http"
            ? $"{(int)response.StatusCode} from a plain-http sandbox"
            : $"{(int)response.StatusCode}";
}
