using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecureConnectors;

namespace Tallyroll.PayrollApi.Payruns;

internal static partial class PayrunLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Ketterly rejected bank account {Iban} of worker {WorkerId}")]
    public static partial void BankAccountRejected(ILogger logger, string iban, string workerId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Debug, Message = "Logging in to the Ketterly sandbox as {User} with {Password}")]
    public static partial void SandboxLogin(ILogger logger, string user, string password);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Error, Message = "Token endpoint {TokenUrl} answered {Status}")]
    public static partial void TokenEndpointFailed(ILogger logger, string tokenUrl, int status);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information, Message = "Payrun {PayrunId} approved for {Count} workers of {PayGroup}")]
    public static partial void PayrunApproved(ILogger logger, string payrunId, int count, string payGroup);
}

public sealed record PayrunContext(string TenantId, string PayrunId, string PayGroup);

public sealed class PayrunException(string message) : Exception(message);

/// <summary>Starts payruns at Ketterly and reports on them: what it logs about workers and about its credentials.</summary>
public sealed class PayrunService(ILogger<PayrunService> logger, IOptions<KetterlyOptions> ketterly, ConnectorCredential credential)
{
    private KetterlyOptions Options => ketterly.Value;

    public string Start(string payGroup)
    {
        logger.LogInformation("Ketterly key configured: {Configured}", !string.IsNullOrEmpty(Options.ApiKey));  // expect: none
        return payGroup;
    }

    public void Approved(PayrunContext run, IReadOnlyList<PayslipRecipient> recipients, PayGroupMember lead)
    {
        PayrunLog.PayrunApproved(logger, run.PayrunId, recipients.Count, run.PayGroup);
        logger.LogInformation("Pay group lead {@Lead}", lead);  // expect: none
        foreach (var recipient in recipients)
        {
            logger.LogInformation("Payslip queued for {@Recipient}", recipient);  // expect: log
            logger.LogDebug("Payslip of {PayrunId} goes to {Email}", run.PayrunId,
                recipient.WorkEmail);  // expect: log
        }
    }

    public IDisposable? BeginRunScope(PayrunContext run) =>
        logger.BeginScope(new Dictionary<string, object?>
        {
            ["TenantId"] = run.TenantId,
            ["PayrunId"] = run.PayrunId,
            ["KetterlyCredential"] = credential,  // expect: none
            ["KetterlyApiKey"] = Options.ApiKey,  // expect: log
        });

    public void Rejected(KetterlyWorker worker, TaxFilingView filing)
    {
        PayrunLog.BankAccountRejected(logger,
            worker.BankAccount?.Iban ?? "",  // expect: log
            worker.Id);
        logger.LogWarning("Worker {WorkerId} has bank account {Account}", worker.Id, worker.BankAccount);  // expect: none
        logger.LogInformation("Paying into {BankName} account ending {Last4}",
            worker.BankAccount?.BankName,  // expect: none
            worker.BankAccount?.Last4);  // expect: none
        logger.LogDebug("Filing view {Filing}", filing);  // expect: none
        logger.LogInformation("Net pay of {WorkerId}: {NetPay}", worker.Id,
            worker.NetPay);  // expect: log
        throw new PayrunException($"Ketterly rejected tax id {worker.TaxId} of worker {worker.Id}");  // expect: log
    }

    public void SandboxLogin()
    {
        PayrunLog.SandboxLogin(logger, Options.SandboxUser,
            Options.SandboxPassword.Reveal());  // expect: log
    }

    public void LogSandboxCredentials()
    {
        logger.LogDebug("Sandbox credentials for {User}: {Password}", Options.SandboxUser,
            Options.SandboxPassword);  // expect: none
    }

    public void TokenRequestFailed(int status, HttpRequestMessage request)
    {
        PayrunLog.TokenEndpointFailed(logger, Options.TokenUrl, status);  // expect: none
        logger.LogDebug("Token request: client_id={ClientId} client_secret={ClientSecret}",
            Options.ClientId,
            Options.ClientSecret.Reveal());  // expect: log
        logger.LogWarning("Ketterly answered 401 to {Scheme} {Credential}", request.Headers.Authorization?.Scheme,
            request.Headers.Authorization?.Parameter);  // expect: log
    }

    public void DeltaSync(string syncToken, string apiKeyHash)
    {
        logger.LogDebug("Delta sync resumes from {SyncToken}", syncToken);  // expect: none
        logger.LogInformation("Ketterly key in use has hash {KeyHash}", apiKeyHash);  // expect: none
    }
}
