using System.Security.Cryptography;
using System.Text;
using CoreWCF.IdentityModel.Selectors;
using Microsoft.Extensions.Logging;

namespace Brightwater.Claims.Service;

public interface IPartnerPasswordStore
{
    string GetPassword(string userName);
}

/// <summary>Partners on current toolkits send wsse:Password as text (inside TLS).</summary>
public sealed class PartnerPasswordValidator(IPartnerPasswordStore store, ILogger<PartnerPasswordValidator> logger) : UserNamePasswordValidator
{
    public override ValueTask ValidateAsync(string userName, string password)
    {
        var stored = Encoding.UTF8.GetBytes(store.GetPassword(userName));
        if (!CryptographicOperations.FixedTimeEquals(stored, Encoding.UTF8.GetBytes(password)))  // expect: none
        {
            logger.LogWarning("Rejected partner user {UserName} with {Password}",
                userName,  // expect: none
                password);  // expect: log
            throw new UnauthorizedAccessException("Unknown user name or bad password");
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Two partners still run the 2009 WSE toolkit, which sends wsse:Password Type="...#PasswordDigest":
/// Base64(SHA-1(nonce + created + password)). CoreWCF has no digest support, so the intake checks it itself.
/// </summary>
public sealed class UsernameDigestValidator(IPartnerPasswordStore store, ILogger<UsernameDigestValidator> logger)
{
    private readonly HashSet<string> _seenNonces = [];

    public bool IsValid(string userName, string passwordDigest, byte[] nonce, string created)
    {
        if (!_seenNonces.Add(Convert.ToBase64String(nonce)))
        {
            logger.LogWarning("Replayed nonce from {UserName}", userName);
            return false;
        }

        var password = store.GetPassword(userName);
        var expected = Convert.ToBase64String(SHA1.HashData([.. nonce, .. Encoding.UTF8.GetBytes(created + password)]));
        if (passwordDigest == expected)  // expect: timing
        {
            return true;
        }

        logger.LogInformation("Password digest mismatch for {UserName}, created {Created}", userName, created);
        return false;
    }
}
