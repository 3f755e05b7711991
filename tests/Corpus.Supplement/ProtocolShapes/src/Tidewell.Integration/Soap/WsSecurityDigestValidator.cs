using System.Security.Cryptography;
using System.Text;

namespace ProtocolShapes.Tidewell.Integration.Soap;

/// <summary>
/// Validates the UsernameToken on Carrier Mutual's callbacks to us (enrolment confirmations):
/// PasswordDigest = Base64(SHA-1(nonce + created + password)), as the WS-Security UsernameToken profile defines it.
/// </summary>
public sealed class WsSecurityDigestValidator(IReadOnlyDictionary<string, string> callbackPasswords)
{
    private readonly HashSet<string> _seenNonces = new(StringComparer.Ordinal);

    public bool Validate(UsernameTokenHeader token)
    {
        if (!callbackPasswords.TryGetValue(token.Username, out var password) || !_seenNonces.Add(token.Nonce))
        {
            return false;
        }

        var nonce = Convert.FromBase64String(token.Nonce);
        var created = Encoding.UTF8.GetBytes(token.Created);
        var expectedDigest = Convert.ToBase64String(SHA1.HashData([.. nonce, .. created, .. Encoding.UTF8.GetBytes(password)]));
        return expectedDigest == token.PasswordDigest;  // expect: timing
    }
}
