using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Microsoft.Extensions.Configuration;

namespace CloudShapes.Cinderpeak.Connect.Aws;

/// <summary>
/// S3 clients for the people-analytics exports: Cinderpeak's own bucket in eu-west-1, the S3-compatible stores two
/// customers run in their own data centres, and LocalStack on a developer's machine.
/// </summary>
public sealed class ExportBucketClients(IConfiguration configuration)
{
    // IAM user "cinderpeak-export-writer": the customer's bucket policy trusts this user only, so there is no role to assume.
    private static readonly BasicAWSCredentials ExportWriter = new(
        "AKIA{{synthetic:16:UPPERNUM}}",  // expect: secret
        "{{synthetic:40:base64}}");  // expect: secret

    public static IAmazonS3 Exports() => new AmazonS3Client(ExportWriter, RegionEndpoint.EUWest1);

    /// <summary>LocalStack from docker-compose.yml; it takes any key pair.</summary>
    public static IAmazonS3 LocalStack() => new AmazonS3Client(
        new BasicAWSCredentials("test", "test"),  // expect: none
        new AmazonS3Config
        {
            ServiceURL = "http://localhost:4566",  // expect: none
            ForcePathStyle = true,
        });

    /// <summary>Kestrel Bay Logistics: MinIO in their Rotterdam data centre, reached over the site-to-site VPN.</summary>
    public IAmazonS3 KestrelBay() => new AmazonS3Client(
        new BasicAWSCredentials(configuration["Customers:KestrelBay:S3:AccessKeyId"], configuration["Customers:KestrelBay:S3:SecretAccessKey"]),
        new AmazonS3Config
        {
            ServiceURL = "http://minio.hr.kestrelbay-logistics.com:9000",  // expect: http
            ForcePathStyle = true,
        });

    /// <summary>Halden Foods: Ceph RGW behind their own certificate.</summary>
    public IAmazonS3 Halden() => new AmazonS3Client(
        new BasicAWSCredentials(configuration["Customers:Halden:S3:AccessKeyId"], configuration["Customers:Halden:S3:SecretAccessKey"]),
        new AmazonS3Config
        {
            ServiceURL = "https://objects.haldenfoods.no",
            ForcePathStyle = true,
        });
}
