using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace CloudShapes.Cinderpeak.Connect.Quickstart;

// Quickstart for Cinderpeak Connect: `docker compose up -d` starts LocalStack and Azurite, then this program lists the
// export bucket and the export container. Replace the placeholders to run it against your own accounts.
public static class Program
{
    public static async Task Main()
    {
        // LocalStack accepts any key pair; these are the AWS documentation's example keys.
        var credentials = new BasicAWSCredentials(
            "AKIAIOSFODNN7EXAMPLE",  // expect: none
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");  // expect: none

        using var s3 = new AmazonS3Client(credentials, new AmazonS3Config
        {
            // LocalStack's own domain: it resolves to 127.0.0.1 in public DNS.
            ServiceURL = "http://localhost.localstack.cloud:4566",  // expect: http
            ForcePathStyle = true,
        });
        var objects = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "cinderpeak-exports" });
        Console.WriteLine($"S3: {objects.HttpStatusCode}");

        var azurite = new BlobServiceClient("UseDevelopmentStorage=true");
        Console.WriteLine(azurite.GetBlobContainerClient("exports").Name);

        // Your own storage account and app registration.
        var storage = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=<your-account>;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net");  // expect: none
        var entra = new ClientSecretCredential("<tenant-id>", "<client-id>", "<client-secret>");  // expect: none
        Console.WriteLine($"{storage.GetBlobContainerClient("exports").Name} as {entra.ClientId}");
    }
}
