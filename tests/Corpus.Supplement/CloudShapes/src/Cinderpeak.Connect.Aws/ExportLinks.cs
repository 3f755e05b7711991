using System.Xml.Linq;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Logging;

namespace CloudShapes.Cinderpeak.Connect.Aws;

/// <summary>Download links for finished exports, and the benchmark dataset every tenant may fetch.</summary>
public sealed class ExportLinks(IAmazonS3 s3, HttpClient http, ILogger<ExportLinks> logger)
{
    private static readonly XNamespace S3Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";  // expect: none

    // Salary-band benchmarks for 2026, signed once by hand in the console with the export writer's key (7 days).
    public const string BenchmarkDataset = "https://cinderpeak-benchmarks.s3.eu-west-1.amazonaws.com/2026/salary-bands.parquet?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{{synthetic:16:UPPERNUM}}%2F20260302%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20260302T081500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={{synthetic:64:hex}}";  // expect: secret

    public string Share(string key, TimeSpan lifetime)
    {
        var expires = DateTime.UtcNow.Add(lifetime);
        var presignedUrl = s3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = "cinderpeak-exports-eu",
            Key = key,
            Expires = expires,
        });

        logger.LogInformation("Export {Key} shared until {Expires}", key, expires);
        logger.LogInformation("Export link issued for {Object}", new Uri(presignedUrl).GetLeftPart(UriPartial.Path));  // expect: none
        logger.LogDebug("Presigned link {PresignedUrl}", presignedUrl);  // expect: log
        return presignedUrl;
    }

    /// <summary>Lists a customer's drop prefix through the REST API (the MinIO gateways answer the V1 listing only).</summary>
    public async Task<IReadOnlyList<string>> ListKeysAsync(Uri bucketUrl, CancellationToken ct)
    {
        var xml = XDocument.Parse(await http.GetStringAsync(bucketUrl, ct));
        return xml.Descendants(S3Namespace + "Key").Select(k => k.Value).ToList();
    }
}
