namespace RealShapes.Connectors.Tests.Recorded;

/// <summary>Responses recorded from the LedgerBridge sandbox (ids shortened), replayed by <c>StubLedgerHandler</c>.</summary>
internal static class LedgerRecordedResponses
{
    public const string Charge = """{"id":"ch_3QfT0aLbR2","status":"succeeded","receipt_url":"http://receipts.ledgerbridge.io/r/ch_3QfT0aLbR2","livemode":false}""";  // expect: none

    /// <summary>A payment intent: its client secret is what the server hands to the browser to confirm the payment.</summary>
    public const string PaymentIntent = """{"id":"pi_3QfT0aLbR2","object":"payment_intent","client_secret":"pi_3QfT0aLbR2_secret_{{synthetic:25:alnum}}","status":"requires_confirmation"}""";  // expect: none

    public const string WebhookEndpoint = """{"id":"we_1PzK8","url":"http://hooks.merchant-portal.ledgerbridge.io/events","status":"enabled"}""";  // expect: none

    public const string CardDeclined = """{"error":{"type":"card_error","code":"card_declined","doc_url":"http://docs.ledgerbridge.io/errors#card_declined"}}""";  // expect: none

    /// <summary>The settlement report link of a January 2024 recording; it expired 15 minutes after it was issued.</summary>
    public const string ExpiredReportLink =
        "https://lb-reports.s3.eu-west-1.amazonaws.com/settlements/2024-01-15.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{{synthetic:16:UPPERNUM}}%2F20240115%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240115T093000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature={{synthetic:64:hex}}";  // expect: none
}
