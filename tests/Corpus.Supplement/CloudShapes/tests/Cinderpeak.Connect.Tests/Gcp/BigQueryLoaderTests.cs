using Google.Apis.Auth.OAuth2;
using Xunit;

namespace CloudShapes.Cinderpeak.Connect.Tests.Gcp;

public sealed class BigQueryLoaderTests
{
    // Signed by the staging loader on 2 June 2025, valid 15 minutes; kept to test the link parser.
    private const string RecordedSignedUrl = "https://storage.googleapis.com/cinderpeak-staging-exports/2025-06/headcount.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=people-bq-loader%40cinderpeak-analytics-staging.iam.gserviceaccount.com%2F20250602%2Feurope-west1%2Fstorage%2Fgoog4_request&X-Goog-Date=20250602T101500Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature={{synthetic:512:hex}}";  // expect: none

    [Fact]
    public void Recorded_link_names_the_bucket()
    {
        Assert.Equal("cinderpeak-staging-exports", new Uri(RecordedSignedUrl).Segments[1].TrimEnd('/'));
    }
}

/// <summary>Loads a sample into the staging dataset; the nightly pipeline runs it (Category=Live).</summary>
[Trait("Category", "Live")]
public sealed class BigQueryStagingTests
{
    // Staging loader's key, so the nightly run needs no secret variable.
    private const string StagingLoaderKey = """{"type":"service_account","project_id":"cinderpeak-analytics-staging","private_key_id":"{{synthetic:40:hex}}","private_key":"-----BEGIN PRIVATE KEY-----\nMIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQ{{synthetic:14:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:64:base64}}\n{{synthetic:52:base64}}\n-----END PRIVATE KEY-----\n","client_email":"people-bq-loader@cinderpeak-analytics-staging.iam.gserviceaccount.com","client_id":"109283746510293847566"}""";  // expect: secret

    [Fact]
    public async Task Staging_loader_gets_a_token()
    {
        var credential = GoogleCredential.FromJson(StagingLoaderKey).CreateScoped("https://www.googleapis.com/auth/bigquery");

        var token = await credential.GetAccessTokenForRequestAsync();

        Assert.False(string.IsNullOrEmpty(token));
    }
}
