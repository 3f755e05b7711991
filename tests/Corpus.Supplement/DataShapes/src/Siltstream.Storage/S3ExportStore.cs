using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DataShapes.Siltstream.Storage;

public sealed class S3ExportStore(IConfiguration configuration, ILogger<S3ExportStore> logger)
{
    public IAmazonS3 CreateClient()
    {
        var accessKeyId = configuration["Exports:S3:AccessKeyId"];
        var secretAccessKey = configuration["Exports:S3:SecretAccessKey"];
        logger.LogDebug("Using S3 access key {AccessKeyId}", accessKeyId);  // expect: none
        return new AmazonS3Client(new BasicAWSCredentials(accessKeyId, secretAccessKey), RegionEndpoint.EUCentral1);
    }

    /// <summary>The partner's drop bucket. The partner issued an IAM user's key pair; there is no role to assume.</summary>
    public static IAmazonS3 PartnerDropClient() => new AmazonS3Client(
        new BasicAWSCredentials("AKIA{{synthetic:16:UPPERNUM}}", "{{synthetic:40:base64}}"),  // expect: secret
        new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1 });

    /// <summary>Ceph RGW in the Frankfurt DC, for exports older than a year.</summary>
    public static IAmazonS3 ArchiveClient(AWSCredentials credentials) => new AmazonS3Client(credentials, new AmazonS3Config
    {
        ServiceURL = "http://rgw.fra.siltstream-data.com:7480",  // expect: http
        ForcePathStyle = true,
    });

    public string ShareExport(IAmazonS3 s3, string key)
    {
        var url = s3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = "siltstream-exports",
            Key = key,
            Expires = DateTime.UtcNow.AddDays(7),
        });
        logger.LogInformation("Export {Key} shared for 7 days", key);
        return url;
    }
}
