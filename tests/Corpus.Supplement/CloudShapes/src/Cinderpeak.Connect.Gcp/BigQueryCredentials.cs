using Google.Apis.Auth.OAuth2;
using Microsoft.Extensions.Logging;

namespace CloudShapes.Cinderpeak.Connect.Gcp;

/// <summary>Credentials of the BigQuery loader that feeds the people-analytics warehouse.</summary>
public sealed class BigQueryCredentials(ILogger<BigQueryCredentials> logger)
{
    private const string BigQueryScope = "https://www.googleapis.com/auth/bigquery";

    // Key of the service account "people-bq-loader", created 2025-11-04 so the loader could run outside GKE.
    private const string LoaderKeyJson = """{"type":"service_account","project_id":"cinderpeak-analytics-prod","private_key_id":"{{synthetic:40:hex}}","private_key":"-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ{{synthetic:14:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:40:base64}}\n-----END PRIVATE KEY-----\n","client_email":"people-bq-loader@cinderpeak-analytics-prod.iam.gserviceaccount.com","client_id":"104729384756102938475","token_uri":"https://oauth2.googleapis.com/token"}""";  // expect: secret

    private const string MountedKeyPath = "/var/run/secrets/gcp/people-bq-loader.json";  // expect: none

    public static GoogleCredential Embedded() => GoogleCredential.FromJson(LoaderKeyJson).CreateScoped(BigQueryScope);

    public static GoogleCredential Mounted() => GoogleCredential.FromFile(MountedKeyPath).CreateScoped(BigQueryScope);

    public static GoogleCredential WorkloadIdentity() => GoogleCredential.GetApplicationDefault().CreateScoped(BigQueryScope);

    public async Task<string> AccessTokenAsync(GoogleCredential credential, CancellationToken ct)
    {
        var accessToken = await credential.GetAccessTokenForRequestAsync(cancellationToken: ct);
        logger.LogDebug("BigQuery access token {AccessToken}", accessToken);  // expect: log
        return accessToken;
    }
}
