using System.Security.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using ProtocolShapes.Tidewell.Ops.Syslog;
using ProtocolShapes.Tidewell.Timeclock.Mqtt;

namespace ProtocolShapes.Tidewell.Connect.Worker;

/// <summary>Start-up of the connector worker: settings that are read by hand, and the audit trail.</summary>
public static class WorkerSetup
{
    public static TimeclockSettings ReadTimeclock(IConfiguration configuration)
    {
        var section = configuration.GetSection("Timeclock");
        return new TimeclockSettings
        {
            BrokerUri = section["BrokerUri"] ?? "",
            UserName = section["UserName"] ?? "",
            Password = section["Password"] ?? "",
            AllowUntrustedCertificates = bool.TryParse(section["AllowUntrustedCertificates"], out var allow) && allow,
            PunchSigningKey = section["PunchSigningKey"] ?? "",
        };
    }

    /// <summary>Ops:Syslog:SslProtocols is parsed as the enum's flags ("Tls12, Tls13").</summary>
    public static Task<SyslogLogger> ConnectAuditAsync(IConfiguration configuration, CancellationToken cancellationToken)
        => SyslogLogger.ConnectAsync(
            configuration["Ops:Syslog:Host"] ?? SiemCollector.Host,
            int.TryParse(configuration["Ops:Syslog:Port"], out var port) ? port : SiemCollector.Port,
            Enum.Parse<SslProtocols>(configuration["Ops:Syslog:SslProtocols"] ?? nameof(SslProtocols.None)),
            SiemCollector.LoadClientCertificate(),
            cancellationToken);

    /// <summary>Support asked for the effective settings in the log after the March 2025 outage.</summary>
    public static void DumpConfiguration(IConfiguration configuration, ILogger logger)
    {
        foreach (var (key, value) in configuration.AsEnumerable())
        {
            logger.LogInformation("{Key} = {Value}", key, value);  // expect: log
        }
    }

    public static void ListConfigurationKeys(IConfiguration configuration, ILogger logger)
    {
        foreach (var (key, _) in configuration.AsEnumerable())
        {
            logger.LogDebug("Setting {Key} is present", key);  // expect: none
        }
    }
}
