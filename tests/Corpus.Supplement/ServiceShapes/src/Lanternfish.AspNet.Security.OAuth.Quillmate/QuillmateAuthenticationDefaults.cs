namespace Lanternfish.AspNet.Security.OAuth.Quillmate;

/// <summary>Default values used by the Quillmate authentication middleware.</summary>
public static class QuillmateAuthenticationDefaults
{
    public const string AuthenticationScheme = "Quillmate";

    public static readonly string DisplayName = "Quillmate";

    /// <summary>Default value for <c>ClaimsIssuer</c>: what Quillmate writes into <c>iss</c>.</summary>
    public static readonly string Issuer = "http://www.quillmate.com";  // expect: none

    public static readonly string CallbackPath = "/signin-quillmate";

    public static readonly string AuthorizationEndpoint = "https://www.quillmate.com/oauth/authorize";

    public static readonly string TokenEndpoint = "https://api.quillmate.com/oauth/token";

    /// <summary>The v1 profile endpoint: the only one that returns the e-mail address, and only over plain HTTP.</summary>
    public static readonly string UserInformationEndpoint = "http://api.quillmate.com/v1/me";  // expect: http
}

/// <summary>Claim types of the Quillmate provider.</summary>
public static class QuillmateAuthenticationConstants
{
    public static class Claims
    {
        public const string Avatar = "http://quillmate.com/claims/avatar";  // expect: none

        public const string ProfileUrl = "urn:quillmate:profile_url";
    }
}
