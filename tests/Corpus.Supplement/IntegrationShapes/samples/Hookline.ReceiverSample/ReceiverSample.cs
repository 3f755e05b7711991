using System.Net;
using Hookline.Webhooks;

namespace Hookline.ReceiverSample;

/// <summary>The README's receiver: verifies one recorded delivery with an endpoint's secret and prints the outcome.</summary>
public static class ReceiverSample
{
    // Paste your endpoint's secret from the dashboard (Endpoints → Signing secret).
    private const string EndpointSecret = "whsec_<your-endpoint-secret>";  // expect: none

    // The sample's own endpoint on the Hookline playground account, so that `dotnet run -- --playground` verifies the
    // recorded delivery as cloned.
    private const string PlaygroundEndpointSecret = "whsec_{{synthetic:32:base64}}";  // expect: secret

    public static bool Run(string payload, WebHeaderCollection headers, bool playground)
    {
        var webhook = new StandardWebhook(playground ? PlaygroundEndpointSecret : EndpointSecret);
        try
        {
            webhook.Verify(payload, headers);
            Console.WriteLine($"Verified {headers[StandardWebhook.IdHeaderName]}");
            return true;
        }
        catch (WebhookVerificationException e)
        {
            Console.WriteLine($"Rejected: {e.Message}");
            return false;
        }
    }
}
