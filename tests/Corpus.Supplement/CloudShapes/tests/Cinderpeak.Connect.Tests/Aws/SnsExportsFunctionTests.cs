using Amazon.SimpleNotificationService.Util;
using Xunit;

namespace CloudShapes.Cinderpeak.Connect.Tests.Aws;

public sealed class SnsExportsFunctionTests
{
    // A notification recorded from the staging topic in January 2026.
    private const string RecordedNotification = """{"Type":"Notification","MessageId":"5b0c9a2e-1d37-5f84-a6c1-0e9b7d2f4a18","TopicArn":"arn:aws:sns:eu-west-1:418295736041:kestrelbay-hr-extracts","Message":"{\"bucket\":\"kestrelbay-hr-extracts\",\"key\":\"2026-01/people.csv\"}","Timestamp":"2026-01-14T06:02:11.412Z","SignatureVersion":"2","Signature":"{{synthetic:344:base64}}","SigningCertURL":"https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-{{synthetic:32:hex}}.pem","UnsubscribeURL":"https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:eu-west-1:418295736041:kestrelbay-hr-extracts:2f7a9c41-6b0d-4e3a-8c15-d94e07b2a6f3"}""";  // expect: none

    [Fact]
    public void Recorded_notification_is_parsed()
    {
        var message = Message.ParseMessage(RecordedNotification);

        Assert.Equal(RecordedNotification, message.MessageText);
        Assert.False(message.IsSubscriptionType);
    }
}
