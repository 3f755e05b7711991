using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.TrustBoundary;

/// <summary>Allocation is measured for the whole process, so nothing else may run beside these tests.</summary>
[CollectionDefinition(nameof(MeasuredAllocations), DisableParallelization = true)]
public sealed class MeasuredAllocations
{
}

/// <summary>A call is bounded in time and memory by what arrives, not by what the provider declares.</summary>
[Collection(nameof(MeasuredAllocations))]
public sealed class BoundedCallTests
{
    [Fact]
    public async Task A_content_length_lie_does_not_pin_the_declared_size()
    {
        const int Calls = 20;
        await using var server = await LocalProvider.StartAsync(async c =>
        {
            c.Response.ContentType = "application/json";
            c.Response.ContentLength = 10L * 1024 * 1024;
            await c.Response.WriteAsync("{\"id\":");
            await c.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, c.RequestAborted).ContinueWith(_ => { });
        });
        var client = Clients.Hris(server, new TestCredentials(), configure: o => o.Timeout = TimeSpan.FromSeconds(2));
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var calls = Enumerable.Range(0, Calls).Select(_ => Assert.ThrowsAsync<ConnectorTimeoutException>(() => client.GetEmployeeAsync("e-1"))).ToArray();
        await Task.WhenAll(calls);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        // Sized up front, the buffers alone were 20 x 10 MiB; grown as bytes arrive they are 20 x 16 KiB.
        Assert.True(allocated < 20L * 1024 * 1024, $"{allocated / (1024 * 1024)} MiB allocated for {Calls} stalled calls");
    }

    [Fact]
    public async Task A_trickled_body_is_cut_at_the_call_timeout_and_audited_as_timed_out()
    {
        await using var server = await LocalProvider.StartAsync(async c =>
        {
            c.Response.ContentType = "application/json";
            await c.Response.WriteAsync("{\"id\":\"");
            for (var i = 0; i < 16 && !c.RequestAborted.IsCancellationRequested; i++)
            {
                await c.Response.WriteAsync("a");
                await c.Response.Body.FlushAsync();
                await Task.Delay(500, c.RequestAborted).ContinueWith(_ => { });
            }
        });
        var audit = new RecordingAuditSink();
        var client = Clients.Hris(server, new TestCredentials(), audit, o => o.Timeout = TimeSpan.FromSeconds(1));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var timedOut = await Assert.ThrowsAsync<ConnectorTimeoutException>(() => client.GetEmployeeAsync("e-1"));

        // The body would take 8 s; the deadline covers it, not only the headers.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(6), $"took {watch.Elapsed}");
        Assert.Equal(TimeSpan.FromSeconds(1), timedOut.Timeout);
        Assert.IsAssignableFrom<OperationCanceledException>(timedOut.InnerException);
        Assert.Equal(ConnectorCallOutcome.TimedOut, Assert.Single(audit.Events).Outcome);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(60)]
    public async Task A_timeout_longer_than_a_timer_can_hold_is_no_deadline_and_the_call_is_recorded(int days)
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":"e-1"}"""));
        var audit = new RecordingAuditSink();
        var client = Clients.Hris(server, new TestCredentials(), audit, o => o.Timeout = TimeSpan.FromDays(days));

        var employee = await client.GetEmployeeAsync("e-1");

        Assert.Equal("e-1", employee.Id);
        Assert.Equal(ConnectorCallOutcome.Succeeded, Assert.Single(audit.Events).Outcome);
    }
}
