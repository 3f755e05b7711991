using System.Net;
using Xunit;

namespace Hookline.Webhooks.Tests;

public sealed class StandardWebhookTests
{
    // The Standard Webhooks specification's test vector (github.com/standard-webhooks/standard-webhooks, reproduced in
    // every Svix SDK's tests): secret, message id, timestamp, payload and signature are all published there.
    private const string SpecSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";  // expect: none
    private const string SpecMsgId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long SpecTimestamp = 1614265330;
    private const string SpecPayload = """{"test": 2432232314}""";
    private const string SpecSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";  // expect: none

    [Fact]
    public void Signs_the_specification_vector()
    {
        var signature = new StandardWebhook(SpecSecret).Sign(SpecMsgId, DateTimeOffset.FromUnixTimeSeconds(SpecTimestamp), SpecPayload);

        Assert.Equal(SpecSignature, signature);
        Assert.True(signature == SpecSignature);  // expect: none
    }

    [Theory]
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]  // expect: none
    [InlineData("v1,bm9wZQ== v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v1a,{{synthetic:43:base64}}= v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]  // expect: none
    public void Accepts_a_header_with_one_matching_signature(string header)
    {
        var headers = new WebHeaderCollection
        {
            { StandardWebhook.IdHeaderName, SpecMsgId },
            { StandardWebhook.TimestampHeaderName, "1614265330" },
            { StandardWebhook.SignatureHeaderName, header },
        };

        var error = Record.Exception(() => new StandardWebhook(SpecSecret).Verify(SpecPayload, headers, DateTimeOffset.FromUnixTimeSeconds(SpecTimestamp)));

        Assert.True(error is null);
    }

    [Fact]
    public void Round_trips_with_a_generated_secret()
    {
        var webhook = new StandardWebhook(StandardWebhook.GenerateSecret());
        var now = DateTimeOffset.UtcNow;
        var headers = new WebHeaderCollection
        {
            { StandardWebhook.IdHeaderName, "msg_round_trip" },
            { StandardWebhook.TimestampHeaderName, now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) },
            { StandardWebhook.SignatureHeaderName, webhook.Sign("msg_round_trip", now, SpecPayload) },
        };

        Assert.True(Record.Exception(() => webhook.Verify(SpecPayload, headers)) is null);
    }
}
