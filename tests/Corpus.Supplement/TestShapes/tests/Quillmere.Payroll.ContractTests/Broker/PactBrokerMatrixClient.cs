using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace TestShapes.Quillmere.Payroll.ContractTests.Broker;

public sealed record MatrixSummary(bool Deployable, string Reason);

public sealed record MatrixResponse(MatrixSummary Summary);

public static class BrokerAddresses
{
    /// <summary>The broker token only goes to a TLS broker or to a broker on this machine.</summary>
    public static bool MayReceiveToken(Uri broker) => broker.Scheme == Uri.UriSchemeHttps || broker.IsLoopback;
}

/// <summary>
/// "can-i-deploy" against the self-hosted broker that the on-premises release train still uses, before a build is
/// promoted to the customer-hosted installs.
/// </summary>
public sealed class PactBrokerMatrixClient
{
    private static readonly Uri SelfHostedBroker = new("http://pact-broker.ci.quillmere.io/");  // expect: http

    private const string BrokerUser = "pact-ci";

    private const string BrokerPassword = "{{synthetic:20:alnum}}";  // expect: secret

    public async Task<bool> CanIDeployAsync(string pacticipant, string version, string environment, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { BaseAddress = SelfHostedBroker };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{BrokerUser}:{BrokerPassword}")));
        var query = $"matrix?q[][pacticipant]={Uri.EscapeDataString(pacticipant)}&q[][version]={Uri.EscapeDataString(version)}&environment={Uri.EscapeDataString(environment)}&latestby=cvp";
        var matrix = await http.GetFromJsonAsync<MatrixResponse>(query, cancellationToken);
        return matrix?.Summary.Deployable == true;
    }
}
