using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors.Residency;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Controls;

/// <summary>An operation on a second host (Stripe's files host) is called there as declared.</summary>
public sealed class SecondHostTests
{
    private const string ApiHost = "api.stripe.test.example";
    private const string FilesHost = "files.stripe.test.example";

    [Fact]
    public async Task The_files_operation_goes_to_its_own_host_and_a_BaseAddress_stands_in_only_for_the_connectors()
    {
        await using var api = await LocalProvider.StartAsync(c => LocalProvider.Json(c, "{}"));
        await using var files = await LocalProvider.StartAsync(async c =>
        {
            c.Response.ContentType = "application/pdf";
            await c.Response.Body.WriteAsync("%PDF-1.7 synthetic"u8.ToArray());
        });
        const string Proxy = "stripe-proxy.test.example";
        var router = new DeclaredHostRouter(new Dictionary<string, Uri> { [Proxy] = api.Root, [FilesHost] = files.Root });
        var credentials = new TestCredentials();
        var audit = new RecordingAuditSink();
        var client = new TestStripeFilesClient(
            new HttpClient(router) { BaseAddress = new Uri($"https://{Proxy}/v1/") }, credentials, audit, new ConnectorOptions { AllowedHosts = { Proxy } });

        await client.DescribeFileAsync("file_1");
        string contents;
        await using (var download = await client.DownloadContentsAsync("file_1"))
        {
            contents = await new System.IO.StreamReader(download).ReadToEndAsync();
        }

        Assert.Equal("%PDF-1.7 synthetic", contents);

        Assert.Equal([$"https://{Proxy}/v1/files/file_1", $"https://{FilesHost}/v1/files/file_1/contents"], router.Sent.Select(u => u.AbsoluteUri));
        Assert.Equal("/v1/files/file_1/contents", Assert.Single(files.Requests).PathAndQuery);
        Assert.Equal("Bearer " + TestCredentials.Token, Assert.Single(files.Requests).Headers["Authorization"]);
        Assert.Equal([Proxy, FilesHost], audit.Events.Select(e => e.Host));
    }

    [Fact]
    public async Task A_redirect_from_the_files_host_to_an_undeclared_host_is_refused()
    {
        await using var files = await LocalProvider.StartAsync(context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "https://elsewhere.test.example/contents";
            return Task.CompletedTask;
        });
        var router = new DeclaredHostRouter(new Dictionary<string, Uri> { [FilesHost] = files.Root });
        var client = new TestStripeFilesClient(new HttpClient(router), new TestCredentials());

        await Assert.ThrowsAsync<InsecureTransportException>(() => client.DownloadContentsAsync("file_1"));

        Assert.Single(router.Sent);
    }

    [Fact]
    public void The_manifest_lists_both_hosts_and_the_operations_base_url()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(TestStripeFilesManifest.Json);
        var root = manifest.RootElement;

        Assert.Equal(ApiHost, root.GetProperty("host").GetString());
        Assert.Equal([ApiHost, FilesHost], root.GetProperty("hosts").EnumerateArray().Select(h => h.GetString()));
        var download = root.GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "DownloadContentsAsync");
        Assert.Equal("https://files.stripe.test.example/", download.GetProperty("baseUrl").GetString());
    }
}
