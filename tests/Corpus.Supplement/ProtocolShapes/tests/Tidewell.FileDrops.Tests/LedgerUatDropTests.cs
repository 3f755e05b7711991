#pragma warning disable SYSLIB0014 // FtpWebRequest: the ledger's GL mirror is plain FTP, as in production

using System.Net;
using FluentFTP;
using Renci.SshNet;
using Xunit;

namespace ProtocolShapes.Tidewell.FileDrops.Tests;

/// <summary>Nightly run against Payroll Partner Ledger's UAT (dotnet test --filter Category=Uat).</summary>
[Trait("Category", "Uat")]
public sealed class LedgerUatDropTests
{
    private const string UatHost = "sftp-uat.payroll-partner-ledger.com";
    private const string UatUser = "tidewell_uat";
    private const string UatPassword = "Ut{{synthetic:18:alnum}}";  // expect: secret

    [Fact]
    public void Uat_drop_accepts_a_probe_file()
    {
        using var client = new SftpClient(UatHost, 22, UatUser, UatPassword);
        client.Connect();
        client.UploadFile(new MemoryStream("probe\n"u8.ToArray()), "/inbound/payroll/probe.csv");
        Assert.True(client.IsConnected);
    }

    [Fact]
    public async Task Uat_ftps_mirror_lists_the_inbound_folder()
    {
        using var ftp = new AsyncFtpClient("ftps-uat.payroll-partner-ledger.com", UatUser, UatPassword);
        ftp.Config.EncryptionMode = FtpEncryptionMode.Explicit;
        await ftp.Connect();
        var names = await ftp.GetNameListing("/inbound");
        Assert.True(names.Length >= 0);
    }

    [Fact]
    public void Uat_gl_mirror_answers()
    {
        var request = (FtpWebRequest)WebRequest.Create("ftp://ftp-uat.payroll-partner-ledger.com/gl/inbound/");  // expect: http
        request.Method = WebRequestMethods.Ftp.ListDirectory;
        request.Credentials = new NetworkCredential(UatUser, UatPassword);
        using var response = (FtpWebResponse)request.GetResponse();
        Assert.Equal(FtpStatusCode.OpeningData, response.StatusCode);
    }
}
