using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Responses;

/// <summary>
/// <c>Task&lt;byte[]&gt;</c> and <c>Task&lt;Stream&gt;</c> against fakes of GitHub's raw contents and Stripe's files host:
/// what was asked for (Accept), what came back, the size limit, and one audit event per call, for a stream on disposal.
/// </summary>
public sealed class BinaryResponseTests
{
    // Not text, not JSON: a PNG signature followed by bytes of every value.
    private static readonly byte[] FileBytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.Concat(Enumerable.Range(0, 256).Select(i => (byte)i)).ToArray();

    [Fact]
    public async Task Raw_file_contents_come_back_as_bytes_with_the_operations_accept_and_one_audit_event()
    {
        await using var server = await LocalProvider.StartAsync(c => Bytes(c, FileBytes, "application/vnd.github.raw+json"));
        var audit = new RecordingAuditSink();

        var contents = await BinaryClients.GitHub(server, audit).GetRawContentAsync("octocat", "hello-world", "docs/logo.png");

        Assert.Equal(FileBytes, contents);
        var sent = Assert.Single(server.Requests);
        Assert.Equal("/repos/octocat/hello-world/contents/docs/logo.png", sent.PathAndQuery);
        Assert.Equal("application/vnd.github.raw+json", sent.Headers["Accept"]);
        Assert.Equal("acme-sync/1.0", sent.Headers["User-Agent"]);
        var recorded = Assert.Single(audit.Events);
        Assert.Equal(ConnectorCallOutcome.Succeeded, recorded.Outcome);
        Assert.Equal(200, recorded.StatusCode);
        Assert.Empty(recorded.FieldsRead);
        Assert.Equal(new[] { "contents:read" }, recorded.ScopesUsed);
    }

    [Fact]
    public async Task A_binary_operation_accepts_anything_unless_a_per_call_accept_says_otherwise()
    {
        await using var server = await LocalProvider.StartAsync(c => Bytes(c, FileBytes, "application/pdf"));
        var client = BinaryClients.Stripe(server, new RecordingAuditSink());

        await client.DownloadFileBytesAsync("file_0001");
        await client.DownloadFileBytesAsync("file_0001", accept: "application/pdf");

        var requests = server.Requests.ToArray();
        Assert.Equal("*/*", requests[0].Headers["Accept"]);
        Assert.Equal("application/pdf", requests[1].Headers["Accept"]);
    }

    [Fact]
    public async Task A_connector_accept_also_replaces_the_binary_default()
    {
        await using var server = await LocalProvider.StartAsync(c => Bytes(c, Encoding.UTF8.GetBytes("id,name\n1,a\n"), "text/csv"));
        var client = new SecureConnectors.Generator.Tests.Connectors.BinaryAndMetadata.TestExportsClient(
            Clients.Http(server.Root), new TestCredentials(), new RecordingAuditSink(), Clients.Options());

        var csv = await client.ExportAsync("2024-q1");

        Assert.Equal("id,name\n1,a\n", Encoding.UTF8.GetString(csv));
        Assert.Equal("text/csv", Assert.Single(server.Requests).Headers["Accept"]);
    }

    [Fact]
    public async Task A_stream_is_audited_when_it_is_disposed_not_before_and_only_once()
    {
        await using var server = await LocalProvider.StartAsync(c => Bytes(c, FileBytes, "application/pdf"));
        var audit = new RecordingAuditSink();

        var stream = await BinaryClients.Stripe(server, audit).DownloadFileAsync("file_0001");
        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(FileBytes, copy.ToArray());
        Assert.Equal("*/*", Assert.Single(server.Requests).Headers["Accept"]);
        Assert.Empty(audit.Events);

        await stream.DisposeAsync();
        stream.Dispose();

        var recorded = Assert.Single(audit.Events);
        Assert.Equal(ConnectorCallOutcome.Succeeded, recorded.Outcome);
        Assert.Equal(200, recorded.StatusCode);
        Assert.Equal(new[] { "files:read" }, recorded.ScopesUsed);
    }

    [Fact]
    public async Task A_stream_disposed_before_its_end_is_audited_as_succeeded()
    {
        await using var server = await LocalProvider.StartAsync(c => Bytes(c, FileBytes, "application/pdf"));
        var audit = new RecordingAuditSink();

        using (var stream = await BinaryClients.Stripe(server, audit).DownloadFileAsync("file_0001"))
        {
            var first = new byte[8];
            Assert.Equal(8, await stream.ReadAtLeastAsync(first, 8));
            Assert.Equal(FileBytes.Take(8), first);
        }

        Assert.Equal(ConnectorCallOutcome.Succeeded, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task Reading_a_stream_past_the_limit_throws_and_the_call_is_audited_as_failed_once_on_disposal()
    {
        // No Content-Length: the size is only known while reading.
        await using var server = await LocalProvider.StartAsync(c => Bytes(c, FileBytes, "application/pdf", declareLength: false));
        var audit = new RecordingAuditSink();

        var stream = await BinaryClients.Stripe(server, audit, maxResponseBytes: 100).DownloadFileAsync("file_0001");
        var copy = new MemoryStream();
        var error = await Assert.ThrowsAsync<InvalidResponseException>(() => stream.CopyToAsync(copy));

        Assert.IsAssignableFrom<ConnectorException>(error);
        Assert.Contains("larger than the allowed 100 bytes", error.Message, StringComparison.Ordinal);
        Assert.True(copy.Length <= 100);
        await Assert.ThrowsAsync<ConnectorException>(() => stream.ReadAsync(new byte[8], 0, 8));
        Assert.Empty(audit.Events);

        stream.Dispose();
        stream.Dispose();

        var recorded = Assert.Single(audit.Events);
        Assert.Equal(ConnectorCallOutcome.InvalidResponse, recorded.Outcome);
    }

    [Fact]
    public async Task A_stream_of_exactly_the_limit_reads_to_its_end()
    {
        await using var server = await LocalProvider.StartAsync(c => Bytes(c, FileBytes, "application/pdf", declareLength: false));
        var audit = new RecordingAuditSink();

        await using (var stream = await BinaryClients.Stripe(server, audit, maxResponseBytes: FileBytes.Length).DownloadFileAsync("file_0001"))
        {
            var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(FileBytes, copy.ToArray());
        }

        Assert.Equal(ConnectorCallOutcome.Succeeded, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task A_stream_whose_declared_length_is_over_the_limit_is_refused_before_it_is_handed_out()
    {
        await using var server = await LocalProvider.StartAsync(c => Bytes(c, FileBytes, "application/pdf"));
        var audit = new RecordingAuditSink();

        await Assert.ThrowsAsync<InvalidResponseException>(() => BinaryClients.Stripe(server, audit, maxResponseBytes: 100).DownloadFileAsync("file_0001"));

        Assert.Equal(ConnectorCallOutcome.InvalidResponse, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task A_connection_dropped_mid_stream_is_a_connector_exception_audited_as_failed_on_disposal()
    {
        // The connection drops only once the client has the first bytes: an earlier reset could beat the headers.
        var firstBytesRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LocalProvider.StartAsync(async c =>
        {
            c.Response.ContentLength = FileBytes.Length;
            await c.Response.Body.WriteAsync(FileBytes.AsMemory(0, 16));
            await c.Response.Body.FlushAsync();
            await firstBytesRead.Task.WaitAsync(TimeSpan.FromSeconds(30));
            c.Abort();
        });
        var audit = new RecordingAuditSink();

        var stream = await BinaryClients.Stripe(server, audit).DownloadFileAsync("file_0001");
        Assert.Equal(16, await stream.ReadAtLeastAsync(new byte[16], 16));
        firstBytesRead.SetResult();
        var error = await Assert.ThrowsAsync<ConnectorException>(() => stream.CopyToAsync(new MemoryStream()));
        Assert.Empty(audit.Events);
        await stream.DisposeAsync();

        Assert.Contains("the connection failed while the response was read", error.Message, StringComparison.Ordinal);
        Assert.Equal(ConnectorCallOutcome.Failed, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task Reading_a_stream_is_bounded_by_the_callers_token_and_a_cancelled_read_is_audited_as_cancelled()
    {
        await using var server = await LocalProvider.StartAsync(async c =>
        {
            c.Response.ContentLength = FileBytes.Length;
            await c.Response.Body.WriteAsync(FileBytes.AsMemory(0, 16));
            await c.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
        });
        var audit = new RecordingAuditSink();

        await using (var stream = await BinaryClients.Stripe(server, audit).DownloadFileAsync("file_0001"))
        {
            Assert.Equal(16, await stream.ReadAtLeastAsync(new byte[16], 16));
            using var stop = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stream.ReadAsync(new byte[16], 0, 16, stop.Token));
        }

        Assert.Equal(ConnectorCallOutcome.Cancelled, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task Bytes_past_the_limit_throw_and_are_audited_once()
    {
        await using var server = await LocalProvider.StartAsync(c => Bytes(c, FileBytes, "application/pdf", declareLength: false));
        var audit = new RecordingAuditSink();

        var error = await Assert.ThrowsAsync<InvalidResponseException>(() => BinaryClients.Stripe(server, audit, maxResponseBytes: 100).DownloadFileBytesAsync("file_0001"));

        Assert.Contains("larger than the allowed 100 bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(ConnectorCallOutcome.InvalidResponse, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task An_error_status_on_a_stream_operation_throws_like_any_other_and_hands_out_no_stream()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"error":{"type":"invalid_request_error"}}""", 404));
        var audit = new RecordingAuditSink();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => BinaryClients.Stripe(server, audit).DownloadFileAsync("file_missing"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(ConnectorCallOutcome.HttpError, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task A_rate_limit_on_a_stream_operation_is_a_rate_limited_exception()
    {
        await using var server = await LocalProvider.StartAsync(c =>
        {
            c.Response.StatusCode = 429;
            c.Response.Headers["Retry-After"] = "7";
            return Task.CompletedTask;
        });
        var audit = new RecordingAuditSink();

        var error = await Assert.ThrowsAsync<RateLimitedException>(() => BinaryClients.Stripe(server, audit).DownloadFileAsync("file_0001"));

        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Equal(ConnectorCallOutcome.RateLimited, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task The_provider_error_check_reads_json_answers_but_never_a_binary_body()
    {
        const string Refusal = """{"ok":false,"error":"file_not_found"}""";
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, Refusal));
        var audit = new RecordingAuditSink();
        var client = BinaryClients.Slack(server, audit);

        var bytes = await client.DownloadAsync("F0001");
        var refused = await Assert.ThrowsAsync<ProviderErrorException>(() => client.ConversationAsync());

        Assert.Equal(Encoding.UTF8.GetBytes(Refusal), bytes);
        Assert.Equal("file_not_found", refused.Code);
        Assert.Equal(new[] { ConnectorCallOutcome.Succeeded, ConnectorCallOutcome.Failed }, audit.Events.Select(e => e.Outcome));
    }

    private static async Task Bytes(HttpContext context, byte[] bytes, string contentType, bool declareLength = true)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = contentType;
        if (declareLength)
        {
            context.Response.ContentLength = bytes.Length;
        }

        // Two writes, so that an undeclared length arrives in more than one chunk.
        await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
        await context.Response.Body.FlushAsync();
        await context.Response.Body.WriteAsync(bytes.AsMemory(bytes.Length / 2));
    }
}
