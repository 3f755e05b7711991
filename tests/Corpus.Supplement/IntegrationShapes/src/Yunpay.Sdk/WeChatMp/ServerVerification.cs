using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Yunpay.Sdk.WeChatMp;

/// <summary>The Official Account's callback check: signature = SHA-1 of the token, timestamp and nonce, sorted and joined.</summary>
public static class ServerVerification
{
    public static bool CheckSignature(string token, string signature, string timestamp, string nonce)
    {
        var parts = new[] { token, timestamp, nonce };
        Array.Sort(parts, StringComparer.Ordinal);
        var hash = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts))));
        return hash == signature;  // expect: timing
    }

    /// <summary>Safe mode: msg_signature also covers the encrypted message.</summary>
    public static bool CheckMsgSignature(string token, string msgSignature, string timestamp, string nonce, string encrypt)
    {
        var parts = new[] { token, timestamp, nonce, encrypt };
        Array.Sort(parts, StringComparer.Ordinal);
        var expected = SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts)));
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(msgSignature));  // expect: none
    }
}

/// <summary>WXBizMsgCrypt's message encryption: AES-256-CBC under the 43-character EncodingAESKey (base64 without "=").</summary>
public sealed class MessageCrypt(string encodingAesKey, string appId)
{
    private readonly byte[] _key = Convert.FromBase64String(encodingAesKey + "=");

    public string Encrypt(string message)
    {
        var body = Encoding.UTF8.GetBytes(message);
        var id = Encoding.UTF8.GetBytes(appId);
        var plain = new byte[16 + 4 + body.Length + id.Length];
        RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16, 4), body.Length);
        body.CopyTo(plain, 20);
        id.CopyTo(plain, 20 + body.Length);
        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key[..16], PaddingMode.PKCS7));
    }

    public string Decrypt(string encrypted)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(Convert.FromBase64String(encrypted), _key[..16], PaddingMode.PKCS7);
        var length = BinaryPrimitives.ReadInt32BigEndian(plain.AsSpan(16, 4));
        if (Encoding.UTF8.GetString(plain, 20 + length, plain.Length - 20 - length) != appId)
        {
            throw new CryptographicException("The message was encrypted for another app");
        }

        return Encoding.UTF8.GetString(plain, 20, length);
    }
}
