using System.Security.Cryptography;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace DataShapes.Siltstream.Messaging.Kafka;

/// <summary>
/// Consumes the CDC topic that the billing team's Debezium connector writes. Their SMT signs each value with
/// HMAC-SHA256 under a key shared with us, in the <c>x-siltstream-signature</c> header; other teams can also produce to
/// the topic, so unsigned or mis-signed events are dropped.
/// </summary>
public sealed class SignedEventConsumer(byte[] signingKey, ILogger<SignedEventConsumer> logger)
{
    public bool TryAccept(ConsumeResult<string, byte[]> result)
    {
        var message = result.Message;
        if (!message.Headers.TryGetLastBytes("x-siltstream-signature", out var received))
        {
            logger.LogWarning("Dropped unsigned event {Key} at {Offset}", message.Key, result.Offset);
            return false;
        }

        var expected = HMACSHA256.HashData(signingKey, message.Value);
        if (!expected.AsSpan().SequenceEqual(received))  // expect: timing
        {
            logger.LogWarning("Dropped event {Key} at {Offset}: signature mismatch", message.Key, result.Offset);
            return false;
        }

        // Older producers also send an MD5 of the value; it only catches corruption.
        if (message.Headers.TryGetLastBytes("content-md5", out var contentMd5)
            && !MD5.HashData(message.Value).AsSpan().SequenceEqual(contentMd5))  // expect: none
        {
            logger.LogWarning("Dropped event {Key}: content-md5 mismatch", message.Key);
            return false;
        }

        return true;
    }
}
