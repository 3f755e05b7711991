using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using TestShapes.Quillmere.Payroll.Logging;
using Xunit;

namespace TestShapes.Quillmere.Payroll.Tests.Logging;

internal sealed class StatusOnlyHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
}

internal sealed class StarRedactor : Redactor
{
    public override int GetRedactedLength(ReadOnlySpan<char> input) => 4;

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        "****".AsSpan().CopyTo(destination);
        return 4;
    }
}

public sealed class RedactingHttpLoggingHandlerTests
{
    private const string FakeAccessToken = "qm_at_{{synthetic:40:alnum}}";  // expect: none

    [Fact]
    public async Task Authorization_is_masked_in_the_request_log()
    {
        var logger = new FakeLogger<RedactingHttpLoggingHandler>();
        var handler = new RedactingHttpLoggingHandler(logger, Options.Create(new HttpLoggingRedactionOptions())) { InnerHandler = new StatusOnlyHandler() };
        using var http = new HttpClient(handler) { BaseAddress = new Uri("https://api.quillmere.com/v3/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FakeAccessToken);

        using var response = await http.GetAsync("employees");

        Assert.Equal($"GET https://api.quillmere.com/v3/employees Authorization: Bearer ****{FakeAccessToken[^4..]}", logger.LatestRecord.Message);  // expect: none
        Assert.False(logger.LatestRecord.Message.Contains(FakeAccessToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Onboarding_switch_logs_the_header_as_sent()
    {
        var logger = new FakeLogger<RedactingHttpLoggingHandler>();
        var options = Options.Create(new HttpLoggingRedactionOptions { LogUnredactedHeaders = true });
        var handler = new RedactingHttpLoggingHandler(logger, options) { InnerHandler = new StatusOnlyHandler() };
        using var http = new HttpClient(handler) { BaseAddress = new Uri("https://api.quillmere.com/v3/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FakeAccessToken);

        using var response = await http.GetAsync("employees");

        Assert.True(logger.LatestRecord.Message.EndsWith("Bearer " + FakeAccessToken, StringComparison.Ordinal));
    }

    [Fact]
    public void What_the_redactor_and_the_mask_let_through_never_contains_the_token()
    {
        var logger = new FakeLogger();
        var redactor = new StarRedactor();
        var maskedToken = LogRedactor.Mask(FakeAccessToken);

        logger.LogInformation("Refreshed {AccessToken}", redactor.Redact(FakeAccessToken));  // expect: none
        logger.LogInformation("Refreshed a token of {Length} characters", FakeAccessToken.Length);  // expect: none
        logger.LogInformation("Refreshed {MaskedToken}", maskedToken);  // expect: none

        Assert.False(logger.Collector.GetSnapshot().Any(record => record.Message.Contains(FakeAccessToken, StringComparison.Ordinal)));
    }
}
