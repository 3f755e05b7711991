using FluentAssertions;
using Moq;
using NUnit.Framework;
using Reelarr.Common.Http;
using Reelarr.Core.Download;
using Reelarr.Core.Test.Framework;

namespace Reelarr.Core.Test.DownloadClientTests;

[TestFixture]
public class QBittorrentProxyFixture : CoreTest<QBittorrentProxy>
{
    [Test]
    public async Task should_log_in_to_the_client_on_the_lan()
    {
        Mocker.GetMock<IHttpClient>()
            .Setup(o => o.ExecuteAsync(It.Is<HttpRequest>(r => r.Url.FullUri == "http://192.168.1.20:8080/api/v2/auth/login")))  // expect: none
            .ReturnsAsync(new HttpResponse(new HttpRequest("http://192.168.1.20:8080/api/v2/auth/login"), "Ok."));

        var loggedIn = await Subject.LoginAsync(new QBittorrentSettings { Host = "192.168.1.20", Port = 8080, Username = "admin", Password = "adminadmin" });  // expect: none

        loggedIn.Should().Be(true);
    }
}
