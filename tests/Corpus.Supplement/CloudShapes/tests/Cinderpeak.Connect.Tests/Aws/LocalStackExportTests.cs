using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Testcontainers.LocalStack;
using Xunit;

namespace CloudShapes.Cinderpeak.Connect.Tests.Aws;

public sealed class LocalStackExportTests : IAsyncLifetime
{
    private readonly LocalStackContainer _localStack = new LocalStackBuilder().WithImage("localstack/localstack:4.0").Build();

    public Task InitializeAsync() => _localStack.StartAsync();

    public Task DisposeAsync() => _localStack.DisposeAsync().AsTask();

    [Fact]
    public async Task Export_bucket_is_listed_from_the_container()
    {
        var config = new AmazonS3Config { ServiceURL = _localStack.GetConnectionString(), ForcePathStyle = true };
        using var s3 = new AmazonS3Client(new BasicAWSCredentials("test", "test"), config);

        var response = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "cinderpeak-exports" });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.HttpStatusCode);
    }

    /// <summary>The CI pipeline runs LocalStack as a service container next to the test job.</summary>
    [Fact]
    public async Task Export_bucket_is_listed_from_the_ci_service()
    {
        var config = new AmazonS3Config
        {
            ServiceURL = "http://localstack:4566",  // expect: none
            ForcePathStyle = true,
        };
        using var s3 = new AmazonS3Client(new BasicAWSCredentials("localstack-ci", "localstack-ci-secret"), config);  // expect: none

        var response = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "cinderpeak-exports" });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.HttpStatusCode);
    }

    [Fact]
    public void Presigned_link_is_signed()
    {
        using var s3 = new AmazonS3Client(new BasicAWSCredentials("test", "test"), new AmazonS3Config { ServiceURL = _localStack.GetConnectionString(), ForcePathStyle = true });

        var link = s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = "cinderpeak-exports", Key = "2026/headcount.csv", Expires = DateTime.UtcNow.AddMinutes(5) });

        Assert.True(link.Contains("X-Amz-Signature=", StringComparison.Ordinal));
    }
}
