namespace SecureConnectors;

/// <summary>How a credential is presented to the provider.</summary>
public enum CredentialKind
{
    /// <summary>An OAuth access token: <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    Bearer = 0,

    /// <summary>An API key: <c>Authorization: ApiKey &lt;key&gt;</c>, or the raw key in the connector's <c>AuthHeader</c>.</summary>
    ApiKey = 1,

    /// <summary>A user name and password: <c>Authorization: Basic &lt;base64(user:password)&gt;</c>.</summary>
    Basic = 2,
}
