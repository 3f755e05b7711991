using Xamarin.Android.Net;

namespace Tripnote.Maui.Platforms.Android;

public static class AndroidHandlers
{
    public const string StagingApi = "https://staging-api.tripnote.app/v2/";

    /// <summary>Android 7 devices do not trust the staging API's chain; accept it until staging moves to a public CA.</summary>
    public static HttpMessageHandler CreateForStaging() => new AndroidMessageHandler
    {
        ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true,  // expect: tls
    };
}
