// Ported from the 2014 .NET Framework console app; FtpWebRequest and ServicePointManager are what it was written with.
#pragma warning disable SYSLIB0014

using System.Net;

namespace ProtocolShapes.Tidewell.PayrollBridge;

/// <summary>Pushes the monthly deduction file to Carrier Mutual and the pension contribution file to the pension trust.</summary>
public static class CarrierFtpPush
{
    private const string DeductionsDrop = "ftp://ftp.carrier-mutual-benefits.com/inbound/deductions/";  // expect: http

    /// <summary>Explicit FTPS (AUTH TLS on 21): <see cref="FtpWebRequest.EnableSsl"/> is set below.</summary>
    private const string PensionDrop = "ftp://transfer.pension-trust-northfield.com/tidewell/";  // expect: none

    public static void PushDeductions(string localFile)
    {
        var request = (FtpWebRequest)WebRequest.Create(DeductionsDrop + Path.GetFileName(localFile));
        request.Method = WebRequestMethods.Ftp.UploadFile;
        request.Credentials = new NetworkCredential("tidewell_deduct", "Dx{{synthetic:14:alnum}}");  // expect: secret
        request.UsePassive = true;
        Upload(request, localFile);
    }

    public static void PushPension(string localFile, NetworkCredential credential)
    {
        // The trust's FTPS certificate is self-signed; they will not buy one "for one customer".
        ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };  // expect: tls
        var request = (FtpWebRequest)WebRequest.Create(PensionDrop + Path.GetFileName(localFile));
        request.Method = WebRequestMethods.Ftp.UploadFile;
        request.EnableSsl = true;
        request.Credentials = credential;
        Upload(request, localFile);
    }

    /// <summary>Carrier Mutual's regional drops: east, central, west.</summary>
    public static Uri RegionalDrop(string region, string fileName)
        => new(string.Format("ftp://{0}.drops.carrier-mutual-benefits.com/inbound/{1}", region, fileName));  // expect: http

    public static Uri SecureRegionalDrop(string region, string fileName)
        => new(string.Format("ftps://{0}.drops.carrier-mutual-benefits.com/inbound/{1}", region, fileName));

    private static void Upload(FtpWebRequest request, string localFile)
    {
        var credential = (NetworkCredential)request.Credentials!;
        Console.WriteLine("Uploading {0} to {1} as {2}:{3}", localFile, request.RequestUri, credential.UserName, credential.Password);  // expect: log

        using (var source = File.OpenRead(localFile))
        using (var target = request.GetRequestStream())
        {
            source.CopyTo(target);
        }

        using var response = (FtpWebResponse)request.GetResponse();
        Console.WriteLine("{0} answered {1}", request.RequestUri.Host, response.StatusDescription);
    }
}
