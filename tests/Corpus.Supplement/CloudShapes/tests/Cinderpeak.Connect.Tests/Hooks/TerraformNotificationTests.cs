using System.Security.Cryptography;
using System.Text;
using CloudShapes.Cinderpeak.Connect.Hooks;
using Xunit;

namespace CloudShapes.Cinderpeak.Connect.Tests.Hooks;

public sealed class TerraformNotificationTests
{
    private const string NotificationToken = "tfc-notification-test-token";  // expect: none

    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"payload_version":1,"notification_configuration_id":"nc-7fK2mQ9xRw4TzBvA","run_url":"https://app.terraform.io/app/cinderpeak/people-analytics/runs/run-8xW3kLp2Qd9VnMzR"}""");

    [Fact]
    public void Signed_body_is_accepted()
    {
        var signature = Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(NotificationToken), Body));

        Assert.True(TerraformRunNotificationsController.IsAuthentic(Body, signature, NotificationToken));
        Assert.True(TerraformRunNotificationsController.IsAuthenticFixedTime(Body, signature, NotificationToken));
    }

    [Fact]
    public void Signature_is_lower_case_hex_of_the_hmac()
    {
        var expected = Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(NotificationToken), Body));
        var signature = Convert.ToHexString(HMACSHA512.HashData(Encoding.UTF8.GetBytes(NotificationToken), Body)).ToLowerInvariant();

        Assert.Equal(expected, signature);  // expect: none
    }
}
