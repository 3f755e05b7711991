using Minio;

namespace DataShapes.Siltstream.Storage;

/// <summary>Staging area for files that arrive by SFTP before they are loaded.</summary>
public static class MinioStagingStore
{
    public static IMinioClient Create() => new MinioClient()
        .WithEndpoint("minio-staging.siltstream-data.com:9000")
        .WithCredentials("etl-staging", "{{synthetic:32:alnum}}")  // expect: secret
        .WithSSL(false)  // expect: http
        .Build();

    /// <summary>The MinIO container of docker-compose.yml, with the image's default root user.</summary>
    public static IMinioClient CreateLocal() => new MinioClient()
        .WithEndpoint("localhost:9000")
        .WithCredentials("minioadmin", "minioadmin")  // expect: none
        .WithSSL(false)  // expect: none
        .Build();
}
