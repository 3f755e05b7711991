using System.Net;
using TestShapes.Quillmere.Payroll.Webhooks;

namespace TestShapes.Quillmere.Tests.Common;

/// <summary>
/// Stands in for a customer's webhook endpoint: answers the webhook sender inside the test process and records whether
/// each delivery carried a valid signature.
/// </summary>
public sealed class FakeWebhookReceiver(string signingSecret) : HttpMessageHandler
{
    public List<(string Body, bool SignatureValid)> Deliveries { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        var header = request.Headers.GetValues(WebhookSignature.HeaderName).Single();
        var timestamp = long.Parse(header.AsSpan(2, header.IndexOf(',', StringComparison.Ordinal) - 2));
        var expectedSignature = WebhookSignature.ComputeSignature(signingSecret, timestamp, body);
        var valid = header == expectedSignature;  // expect: none
        Deliveries.Add((System.Text.Encoding.UTF8.GetString(body), valid));
        return new HttpResponseMessage(valid ? HttpStatusCode.NoContent : HttpStatusCode.Unauthorized);
    }
}
