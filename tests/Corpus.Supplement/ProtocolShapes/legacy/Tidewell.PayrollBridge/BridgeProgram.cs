// .NET Framework 4.6.2 console app, built here on .NET 10 (SYSLIB0014: ServicePointManager; SYSLIB0039: TLS 1.0/1.1).
#pragma warning disable SYSLIB0014, SYSLIB0039

using System.Net;

namespace ProtocolShapes.Tidewell.PayrollBridge;

public static class BridgeProgram
{
    public static int Run(string[] args)
    {
        // The carrier's SOAP endpoint and the pension trust's FTPS server were still on TLS 1.0 when this was written.
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;  // expect: tls
        ServicePointManager.Expect100Continue = false;

        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: PayrollBridge <deductions-file> [pension-file]");
            return 2;
        }

        CarrierFtpPush.PushDeductions(args[0]);
        if (args.Length > 1)
        {
            CarrierFtpPush.PushPension(args[1], new NetworkCredential("tidewell", Environment.GetEnvironmentVariable("PENSION_FTPS_PASSWORD")));
        }

        Console.WriteLine("Done at {0:u}", DateTime.UtcNow);
        return 0;
    }
}
