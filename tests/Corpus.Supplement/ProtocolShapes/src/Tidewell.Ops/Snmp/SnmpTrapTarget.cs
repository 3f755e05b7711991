using Microsoft.Extensions.Logging;

namespace ProtocolShapes.Tidewell.Ops.Snmp;

/// <summary>Where the worker sends SNMP traps when a file drop fails: the customers' NOC tools.</summary>
public sealed class SnmpTrapTarget
{
    public string Host { get; init; } = "";

    public int Port { get; init; } = 162;

    /// <summary>SNMPv2c community; "public" is what most NOC tools accept for traps.</summary>
    public string Community { get; init; } = "public";  // expect: none

    public string? V3UserName { get; init; }

    public string? AuthPassphrase { get; init; }

    public string? PrivacyPassphrase { get; init; }
}

public static class NocTrapTargets
{
    /// <summary>Northfield's NOC requires SNMPv3 (SHA-256 / AES-128); their network team chose the passphrases.</summary>
    public static readonly SnmpTrapTarget Northfield = new()
    {
        Host = "noc-traps.northfield-outfitters.com",
        V3UserName = "tidewell-traps",
        AuthPassphrase = "Na{{synthetic:20:alnum}}",  // expect: secret
        PrivacyPassphrase = "Np{{synthetic:20:alnum}}",  // expect: secret
    };

    public static readonly SnmpTrapTarget Harrowgate = new() { Host = "10.61.0.12" };
}

public sealed class SnmpTrapSender(ILogger<SnmpTrapSender> logger)
{
    public void Describe(SnmpTrapTarget target)
        => logger.LogInformation("Traps go to {Host}:{Port} as {User}", target.Host, target.Port, target.V3UserName ?? "v2c");
}
