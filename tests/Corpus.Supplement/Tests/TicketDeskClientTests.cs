using System.Net.WebSockets;
using Corpus.Supplement.Connectors;
using RichardSzalay.MockHttp;
using Xunit;

namespace Corpus.Supplement.Tests;

public sealed class TicketDeskClientTests
{
    // Recorded responses (trimmed). The class holds no fake: each test below makes its own.
    private const string TicketJson = "{\"id\":4711,\"subject\":\"Printer on fire\",\"url\":\"http://support.ticketdesk-cloud.com/agent/tickets/4711\"}";  // expect: none

    private const string SearchFirstPage = """{"results":[{"id":4711,"subject":"Printer on fire","url":"http://support.ticketdesk-cloud.com/agent/tickets/4711"}],"next_page":"http://api.ticketdesk-cloud.com/api/v2/search?page=2"}""";  // expect: none

    [Fact]
    public async Task Ticket_is_read_from_the_tickets_endpoint()
    {
        var mockHttp = new MockHttpMessageHandler();
        mockHttp.When("http://api.ticketdesk-cloud.com/api/v2/tickets/4711")  // expect: none
            .Respond("application/json", TicketJson);
        var http = mockHttp.ToHttpClient();
        http.BaseAddress = new Uri("http://api.ticketdesk-cloud.com/");  // expect: none

        var ticket = await new TicketDeskClient(http).GetTicketAsync(4711);

        Assert.Equal("http://support.ticketdesk-cloud.com/agent/tickets/4711", ticket!.Url);  // expect: none
    }

    [Fact]
    public async Task Search_follows_the_next_page_link()
    {
        var mockHttp = new MockHttpMessageHandler(BackendDefinitionBehavior.Always);
        mockHttp.Expect(HttpMethod.Get, "http://api.ticketdesk-cloud.com/api/v2/search")  // expect: none
            .WithQueryString("query", "status:open")
            .Respond("application/json", SearchFirstPage);
        mockHttp.Expect(HttpMethod.Get, "http://api.ticketdesk-cloud.com/api/v2/search?page=2")  // expect: none
            .Respond("application/json", """{"results":[],"next_page":null}""");
        using var http = new HttpClient(mockHttp) { BaseAddress = new Uri("http://api.ticketdesk-cloud.com/") };  // expect: none

        var tickets = await new TicketDeskClient(http).SearchAsync("status:open");

        mockHttp.VerifyNoOutstandingExpectation();
        Assert.Equal(4711, tickets.Single().Id);
    }

    // Same class, but this member makes no fake and the class holds none: the request leaves the machine.
    [Fact]
    [Trait("Category", "Smoke")]
    public async Task Staging_answers_the_health_check()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://staging.ticketdesk-cloud.com/") };  // expect: http

        using var response = await http.GetAsync("api/v2/health");

        Assert.True(response.IsSuccessStatusCode);
    }
}

/// <summary>Smoke tests of the live event stream of the partner's staging tenant.</summary>
[Trait("Category", "Smoke")]
public sealed class TicketDeskEventStreamTests
{
    [Fact]
    public async Task Stream_sends_a_heartbeat_within_thirty_seconds()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri("ws://stream.ticketdesk-cloud.com/v1/events?tenant=staging"), timeout.Token);  // expect: http

        var buffer = new byte[4096];
        var received = await socket.ReceiveAsync(buffer, timeout.Token);

        Assert.Equal(WebSocketMessageType.Text, received.MessageType);
    }

    [Fact]
    public async Task Attachment_download_link_is_served()
    {
        using var http = new HttpClient();

        using var response = await http.GetAsync("http://attachments.ticketdesk-cloud.com/staging/4711/screenshot.png");  // expect: http

        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Status_document_is_published()
    {
        using var http = new HttpClient();

        var status = await http.GetStringAsync(new Uri("http://status.ticketdesk-cloud.com/api/v2/status.json"));  // expect: http

        Assert.True(status.Length > 0);
    }

    [Fact]
    public async Task Local_relay_forwards_events()
    {
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:5081/") };  // expect: none

        using var response = await http.PostAsync("relay/ping", content: null);

        Assert.True(response.IsSuccessStatusCode);
    }
}
