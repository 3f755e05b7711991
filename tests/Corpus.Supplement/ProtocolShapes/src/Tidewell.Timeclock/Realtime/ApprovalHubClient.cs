using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace ProtocolShapes.Tidewell.Timeclock.Realtime;

public sealed class ApprovalHubOptions
{
    public string AccessToken { get; set; } = "";
}

/// <summary>The kiosk build cannot reach Key Vault, so it ships with its own hub token.</summary>
public static class KioskHubDefaults
{
    public const string KioskAccessToken = "{{synthetic:40:alnum}}";  // expect: secret

    public const string KioskTokenType = "Bearer";  // expect: none
}

/// <summary>Manager approvals pushed from Tidewell's notification hub to the on-premises timesheet bridge.</summary>
public sealed class ApprovalHubClient(ApprovalHubOptions options, ILogger<ApprovalHubClient> logger)
{
    public HubConnection Build()
        => new HubConnectionBuilder()
            .WithUrl("https://notify.tidewell-hr.com/hubs/approvals", http =>
            {
                http.AccessTokenProvider = () => Task.FromResult<string?>(options.AccessToken);
            })
            .WithAutomaticReconnect()
            .Build();

    /// <summary>Customers whose proxy strips WebSocket upgrades use the long-polling endpoint on port 80.</summary>
    public HubConnection BuildLongPolling()
    {
        logger.LogDebug("Hub connection falls back to long polling");
        return new HubConnectionBuilder()
            .WithUrl("http://notify.tidewell-hr.com:80/hubs/approvals", http =>  // expect: http
            {
                http.Transports = HttpTransportType.LongPolling;
                http.AccessTokenProvider = () => Task.FromResult<string?>(options.AccessToken);
            })
            .Build();
    }

    /// <summary>The EU hub is reached through the customer's TLS inspection appliance, which re-signs with its own CA.</summary>
    public HubConnection BuildBehindInspection()
        => new HubConnectionBuilder()
            .WithUrl("https://notify-eu.tidewell-hr.com/hubs/approvals", http =>
            {
                http.AccessTokenProvider = () => Task.FromResult<string?>(options.AccessToken);
                http.HttpMessageHandlerFactory = inner =>
                {
                    if (inner is HttpClientHandler handler)
                    {
                        handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;  // expect: tls
                    }

                    return inner;
                };
            })
            .Build();

    /// <summary>The hub in the developer's own API (dotnet run).</summary>
    public static HubConnection BuildLocal() => new HubConnectionBuilder().WithUrl("http://localhost:5173/hubs/approvals").Build();  // expect: none

    public async Task ListenAsync(HubConnection connection, Func<string, Task> onApproval, CancellationToken cancellationToken)
    {
        connection.On<string>("approvalGranted", onApproval);
        await connection.StartAsync(cancellationToken);
        logger.LogInformation("Listening for approvals ({State}) with a {Kind} token", connection.State, KioskHubDefaults.KioskTokenType);  // expect: none
    }
}
