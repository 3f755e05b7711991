using System.Text;
using Moq;
using NUnit.Framework;
using Reelarr.Common.Http;
using Reelarr.Core.Notifications;
using Reelarr.Core.Test.Framework;

namespace Reelarr.Core.Test.NotificationTests;

[TestFixture]
public class DiscordFixture : CoreTest<Discord>
{
    [Test]
    public async Task should_post_an_embed_to_the_webhook()
    {
        Subject.Settings = new DiscordSettings { WebHookUrl = "https://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz" };  // expect: none
        Mocker.GetMock<IHttpClient>()
            .Setup(o => o.ExecuteAsync(It.IsAny<HttpRequest>()))
            .ReturnsAsync(new HttpResponse(new HttpRequest(Subject.Settings.WebHookUrl), ""));

        await Subject.SendAsync("Movie Grabbed", "Arrival (2016)");

        Mocker.GetMock<IHttpClient>().Verify(o => o.ExecuteAsync(It.IsAny<HttpRequest>()), Times.Once());
    }

    [Test]
    [Explicit("posts to the team's #reelarr-ci channel")]
    public async Task manual_post_to_the_ci_channel()
    {
        using var http = new HttpClient();
        using var content = new StringContent("""{"content":"Reelarr CI: Discord notification check"}""", Encoding.UTF8, "application/json");

        using var response = await http.PostAsync("https://discord.com/api/webhooks/1187342210985541632/{{synthetic:68:alnum}}", content);  // expect: secret

        Assert.That(response.IsSuccessStatusCode, Is.EqualTo(true));
    }
}
