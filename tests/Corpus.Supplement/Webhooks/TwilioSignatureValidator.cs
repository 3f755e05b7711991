using System.Security.Cryptography;
using System.Text;

namespace Corpus.Supplement.Webhooks;

/// <summary>
/// Twilio: "X-Twilio-Signature" is base64(HMAC-SHA1(auth token, url + sorted form keys and values)).
/// </summary>
public sealed class TwilioSignatureValidator(string authToken)
{
    public bool Validate(string url, IReadOnlyDictionary<string, string> form, string twilioSignature)
    {
        var builder = new StringBuilder(url);
        foreach (var pair in form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append(pair.Key).Append(pair.Value);
        }

        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(authToken));
        var expectedSignature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(builder.ToString())));
        if (expectedSignature.Length == 0)  // expect: none
        {
            return false;
        }

        return string.Compare(expectedSignature, twilioSignature, StringComparison.Ordinal) == 0;  // expect: timing
    }

    public bool ValidateWithComparer(string url, string twilioSignature)
    {
        using var incremental = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, Encoding.UTF8.GetBytes(authToken));
        incremental.AppendData(Encoding.UTF8.GetBytes(url));
        var sig = Convert.ToBase64String(incremental.GetHashAndReset());
        return StringComparer.Ordinal.Equals(sig, twilioSignature);  // expect: timing
    }

    public static bool IsSupportedAlgorithm(string signatureAlgorithm) =>
        signatureAlgorithm == "HMAC-SHA1" || signatureAlgorithm == "HMAC-SHA256";  // expect: none
}
