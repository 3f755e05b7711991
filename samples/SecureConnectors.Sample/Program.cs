using System;
using SecureConnectors;
using SecureConnectors.Sample;

// The build shows the analyzers' warnings on LegacyPayrollClient.cs; at run time the transport guard refuses
// the same plain-HTTP address before anything is sent.
var client = LegacyPayrollClient.Create();
Console.WriteLine($"Configured base address: {client.BaseAddress}");
try
{
    TransportGuard.EnsureAllowed(client.BaseAddress!, allowLoopbackHttp: true);
}
catch (InsecureTransportException refused)
{
    Console.WriteLine($"Refused at run time: {refused.Message}");
}

Console.WriteLine($"Loopback over http allowed for a local mock: {TransportGuard.IsAllowed(new Uri(LegacyPayrollClient.LocalMock), allowLoopbackHttp: true)}");
