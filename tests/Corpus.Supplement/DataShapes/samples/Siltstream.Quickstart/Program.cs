using Amazon.Runtime;
using Amazon.S3;
using OpenSearch.Client;
using OpenSearch.Net;
using RabbitMQ.Client;

namespace DataShapes.Siltstream.Quickstart;

// Quickstart: run `docker compose up -d` in this folder first. It starts RabbitMQ, LocalStack and OpenSearch with the
// images' default users, then publishes a sample CSV and indexes it.
public static class Program
{
    public static async Task Main()
    {
        var factory = new ConnectionFactory { Uri = new Uri("amqp://guest:guest@localhost:5672/") };  // expect: none
        await using var connection = await factory.CreateConnectionAsync();

        // LocalStack accepts any key pair; these are the AWS documentation's example keys.
        using var s3 = new AmazonS3Client(
            new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),  // expect: none
            new AmazonS3Config { ServiceURL = "http://localhost:4566", ForcePathStyle = true });

        // OpenSearch's demo configuration: admin/admin and a self-signed demo certificate.
        var search = new OpenSearchClient(new ConnectionSettings(new Uri("https://localhost:9200"))
            .BasicAuthentication("admin", "admin")  // expect: none
            .ServerCertificateValidationCallback(CertificateValidations.AllowAll));  // expect: tls

        Console.WriteLine(await search.PingAsync() ? "OpenSearch is up" : "OpenSearch is not reachable");
    }
}
