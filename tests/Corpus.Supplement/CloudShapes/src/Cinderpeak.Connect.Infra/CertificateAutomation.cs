using Certes;

namespace CloudShapes.Cinderpeak.Connect.Infra;

/// <summary>Certificates for customers' vanity domains: Let's Encrypt, and ZeroSSL with external account binding.</summary>
public sealed class CertificateAutomation(HttpClient http)
{
    private const string ZeroSslDirectory = "https://acme.zerossl.com/v2/DV90";

    // External account binding from the ZeroSSL dashboard (account certs@cinderpeak.io).
    private const string EabKeyId = "{{synthetic:22:alnum}}";  // expect: none

    private const string EabHmacKey = "{{synthetic:86:alnum}}";  // expect: secret

    public static AcmeContext LetsEncrypt(bool staging) => new(staging ? WellKnownServers.LetsEncryptStagingV2 : WellKnownServers.LetsEncryptV2);

    public static Task<Certes.Acme.IAccountContext> ZeroSslAccountAsync() =>
        new AcmeContext(new Uri(ZeroSslDirectory)).NewAccount(["certs@cinderpeak.io"], true, EabKeyId, EabHmacKey, "HS256");

    /// <summary>Before asking the CA, check that the HTTP-01 token is served where the CA will look (always port 80).</summary>
    public async Task<bool> ChallengeIsServedAsync(string domain, string token, string keyAuthorization, CancellationToken ct)
    {
        var served = await http.GetStringAsync($"http://{domain}/.well-known/acme-challenge/{token}", ct);  // expect: none
        return served.Trim() == keyAuthorization;  // expect: none
    }
}
