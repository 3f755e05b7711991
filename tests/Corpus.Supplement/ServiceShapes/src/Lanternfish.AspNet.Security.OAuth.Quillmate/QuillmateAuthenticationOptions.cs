using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;

namespace Lanternfish.AspNet.Security.OAuth.Quillmate;

/// <summary>Configuration options for <see cref="QuillmateAuthenticationHandler"/>.</summary>
public class QuillmateAuthenticationOptions : OAuthOptions
{
    public QuillmateAuthenticationOptions()
    {
        ClaimsIssuer = QuillmateAuthenticationDefaults.Issuer;
        CallbackPath = QuillmateAuthenticationDefaults.CallbackPath;
        AuthorizationEndpoint = QuillmateAuthenticationDefaults.AuthorizationEndpoint;
        TokenEndpoint = QuillmateAuthenticationDefaults.TokenEndpoint;
        UserInformationEndpoint = QuillmateAuthenticationDefaults.UserInformationEndpoint;
        Scope.Add("profile");
        Scope.Add("email");
    }

    /// <summary>Signs the deauthorization and data-deletion callbacks ("app secret" in Quillmate's console; not the client secret).</summary>
    public string? AppSecret { get; set; }
}

public static class QuillmateAuthenticationExtensions
{
    public static AuthenticationBuilder AddQuillmate(this AuthenticationBuilder builder, Action<QuillmateAuthenticationOptions> configuration) =>
        builder.AddOAuth<QuillmateAuthenticationOptions, QuillmateAuthenticationHandler>(
            QuillmateAuthenticationDefaults.AuthenticationScheme,
            QuillmateAuthenticationDefaults.DisplayName,
            configuration);
}
