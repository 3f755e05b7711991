using System.Net;
using Microsoft.Extensions.Logging;

// A .NET Framework 4.6.2 Windows service, built here on .NET 10: ServicePointManager is its only TLS switch (SYSLIB0014).
#pragma warning disable SYSLIB0014

namespace CloudShapes.Cinderpeak.Legacy.PayrollSync;

/// <summary>Nightly payroll extract upload to the customers' buckets, from the on-premises sync server.</summary>
public sealed class PayrollSyncService(ILogger<PayrollSyncService> logger)
{
    public void OnStart()
    {
        // Kestrel Bay's SAP PI still speaks TLS 1.0/1.1; the newer gateways need TLS 1.2.
        ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;  // expect: tls
        logger.LogInformation("Payroll sync started with protocols {Protocols}", ServicePointManager.SecurityProtocol);
    }

    public void DropObsoleteProtocols()
    {
        ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Tls | SecurityProtocolType.Tls11);  // expect: none
    }
}
