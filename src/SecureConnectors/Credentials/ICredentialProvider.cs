using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors;

/// <summary>
/// Supplies credentials at run time (a vault, a token endpoint, the environment): a connector never holds one in code.
/// </summary>
public interface ICredentialProvider
{
    /// <summary>
    /// Returns a credential for the request. Cache it yourself; a connector asks once per call, and once more with
    /// <see cref="CredentialRequest.ForceRefresh"/> when the provider answered 401 to the first (then do not hand out the
    /// cached one). <see cref="ClientCredentialsProvider"/> does both for OAuth client credentials.
    /// </summary>
    ValueTask<ConnectorCredential> GetCredentialAsync(CredentialRequest request, CancellationToken cancellationToken);
}
