using System.Security.Cryptography;
using System.Text;
using CoreWCF;
using CoreWCF.Channels;
using CoreWCF.Dispatcher;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Brightwater.Claims.Service;

/// <summary>
/// Partners sign each SOAP body with the key they were issued: X-Partner-Signature = Base64(HMAC-SHA256(key, body)),
/// X-Partner-Id names the key (the same scheme as the old portal, so the partners' clients are unchanged).
/// </summary>
public sealed class PartnerSignatureInspector(IConfiguration configuration, ILogger<PartnerSignatureInspector> logger) : IDispatchMessageInspector
{
    public static string Sign(byte[] key, string body) => Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body)));

    public object? AfterReceiveRequest(ref Message request, IClientChannel channel, InstanceContext instanceContext)
    {
        var http = (HttpRequestMessageProperty)request.Properties[HttpRequestMessageProperty.Name];
        var partner = http.Headers["X-Partner-Id"] ?? throw new FaultException("Missing X-Partner-Id");
        var signatureHeader = http.Headers["X-Partner-Signature"] ?? throw new FaultException("Missing X-Partner-Signature");
        var buffer = request.CreateBufferedCopy(int.MaxValue);
        request = buffer.CreateMessage();

        var key = Convert.FromBase64String(configuration[$"PartnerSigningKeys:{partner}"] ?? throw new FaultException($"Unknown partner {partner}"));
        var computed = Sign(key, buffer.CreateMessage().ToString()!);
        if (signatureHeader.Length != computed.Length)  // expect: none
        {
            throw new FaultException("Malformed partner signature");
        }

        if (!string.Equals(computed, signatureHeader, StringComparison.Ordinal))  // expect: timing
        {
            logger.LogWarning("Signature mismatch for partner {Partner} from {Via}", partner, channel.Via);
            throw new FaultException("Partner signature mismatch");
        }

        return partner;
    }

    public void BeforeSendReply(ref Message reply, object? correlationState)
    {
    }
}
