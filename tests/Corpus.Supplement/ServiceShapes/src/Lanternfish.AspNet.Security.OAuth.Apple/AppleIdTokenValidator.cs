using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Lanternfish.AspNet.Security.OAuth.Apple;

/// <summary>
/// Checks the id_token's <c>at_hash</c> against the access token of the same token response (OpenID Connect Core
/// 3.2.2.9): the left half of SHA-256 of the token, base64url. Both come from Apple's token endpoint over the back channel.
/// </summary>
public static class AppleIdTokenValidator
{
    public static bool AccessTokenMatches(JsonElement idTokenClaims, string accessToken)
    {
        if (!idTokenClaims.TryGetProperty("at_hash", out var claim))
        {
            return true;
        }

        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(accessToken));
        var atHash = Convert.ToBase64String(hash, 0, hash.Length / 2).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return claim.GetString() == atHash;  // expect: none
    }
}
