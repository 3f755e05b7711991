using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Renci.SshNet;
using Xunit;

namespace ProtocolShapes.Tidewell.FileDrops.Tests;

/// <summary>Runs atmoz/sftp in Docker and drops a file through the real client.</summary>
public sealed class SftpDropContainerTests : IAsyncLifetime
{
    private const string FixturePassword = "Sftp!Fixture2026";  // expect: none

    private readonly IContainer _sftp = new ContainerBuilder()
        .WithImage("atmoz/sftp:alpine")
        .WithPortBinding(22, true)
        .WithEnvironment("SFTP_USERS", "tidewell:" + FixturePassword + ":::upload")
        .Build();

    public Task InitializeAsync() => _sftp.StartAsync();

    public Task DisposeAsync() => _sftp.DisposeAsync().AsTask();

    [Fact]
    public void Upload_lands_in_the_upload_folder()
    {
        using var client = new SftpClient(_sftp.Hostname, _sftp.GetMappedPublicPort(22), "tidewell", FixturePassword);

        // The container generates a new host key at every start.
        client.HostKeyReceived += (_, e) => e.CanTrust = true;  // expect: none
        client.Connect();
        client.UploadFile(new MemoryStream("employee_id,net\n1001,2450.00\n"u8.ToArray()), "/upload/probe.csv");
        Assert.True(client.Exists("/upload/probe.csv"));
    }
}
