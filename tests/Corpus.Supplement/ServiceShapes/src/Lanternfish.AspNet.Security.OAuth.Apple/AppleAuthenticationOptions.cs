using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lanternfish.AspNet.Security.OAuth.Apple;

/// <summary>Sign in with Apple: the client secret is a short-lived ES256 JWT signed with the team's private key.</summary>
public class AppleAuthenticationOptions : OAuthOptions
{
    public AppleAuthenticationOptions()
    {
        ClaimsIssuer = "https://appleid.apple.com";
        CallbackPath = "/signin-apple";
        AuthorizationEndpoint = "https://appleid.apple.com/auth/authorize";
        TokenEndpoint = "https://appleid.apple.com/auth/token";
        Scope.Add("openid");
        Scope.Add("name");
        Scope.Add("email");
    }

    /// <summary>The <c>aud</c> of the client secret.</summary>
    public string TokenAudience { get; set; } = "https://appleid.apple.com";

    public Uri PublicKeysEndpoint { get; set; } = new("https://appleid.apple.com/auth/keys");

    /// <summary>The ten-character id of the key in the developer account (the <c>kid</c> of the client secret).</summary>
    public string? KeyId { get; set; }

    public string? TeamId { get; set; }

    /// <summary>Returns the PKCS#8 PEM of the key named by <see cref="KeyId"/> (the AuthKey_&lt;KeyId&gt;.p8 download).</summary>
    public Func<string, CancellationToken, Task<ReadOnlyMemory<char>>>? PrivateKey { get; set; }

    public bool GenerateClientSecret { get; set; }

    public TimeSpan ClientSecretExpiresAfter { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Exchanges the code with a client secret from <see cref="AppleClientSecretGenerator"/> and reads the id_token.</summary>
public partial class AppleAuthenticationHandler(
    IOptionsMonitor<AppleAuthenticationOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder) : OAuthHandler<AppleAuthenticationOptions>(options, logger, encoder);

public static class AppleAuthenticationExtensions
{
    public static AuthenticationBuilder AddApple(this AuthenticationBuilder builder, Action<AppleAuthenticationOptions> configuration) =>
        builder.AddOAuth<AppleAuthenticationOptions, AppleAuthenticationHandler>("Apple", "Apple", configuration);
}
