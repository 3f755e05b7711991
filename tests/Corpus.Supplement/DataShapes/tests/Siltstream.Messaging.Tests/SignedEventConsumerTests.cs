using System.Security.Cryptography;
using System.Text;
using Confluent.Kafka;
using DataShapes.Siltstream.Messaging.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace DataShapes.Siltstream.Messaging.Tests;

public sealed class SignedEventConsumerTests
{
    private static readonly byte[] TestKey = Encoding.UTF8.GetBytes("signed-event-consumer-test-key");  // expect: none

    private static ConsumeResult<string, byte[]> Signed(byte[] value, byte[] signature)
    {
        var headers = new Headers();
        headers.Add("x-siltstream-signature", signature);
        return new ConsumeResult<string, byte[]> { Message = new Message<string, byte[]> { Key = "invoice-1", Value = value, Headers = headers } };
    }

    [Fact]
    public void Accepts_an_event_signed_with_the_shared_key()
    {
        var value = Encoding.UTF8.GetBytes("{\"invoiceId\":\"inv-1\",\"amount\":12.5}");
        var signature = HMACSHA256.HashData(TestKey, value);
        var consumer = new SignedEventConsumer(TestKey, NullLogger<SignedEventConsumer>.Instance);

        Assert.True(consumer.TryAccept(Signed(value, signature)));
        Assert.Equal(Convert.ToHexString(signature), Convert.ToHexString(HMACSHA256.HashData(TestKey, value)));  // expect: none
    }

    [Fact]
    public void Rejects_an_event_signed_with_another_key()
    {
        var value = Encoding.UTF8.GetBytes("{\"invoiceId\":\"inv-2\"}");
        var forged = HMACSHA256.HashData(Encoding.UTF8.GetBytes("some-other-key"), value);
        var consumer = new SignedEventConsumer(TestKey, NullLogger<SignedEventConsumer>.Instance);

        Assert.False(consumer.TryAccept(Signed(value, forged)));
    }
}
