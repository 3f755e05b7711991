namespace SecureConnectors;

/// <summary>
/// How a connector names the declared properties of the bodies it sends. <c>[JsonPropertyName]</c> wins over it, and
/// dictionary keys are never renamed (they are data, not declarations).
/// </summary>
public enum NamingPolicy
{
    /// <summary><c>PreferredLocales</c> is sent as <c>preferredLocales</c>.</summary>
    CamelCase,

    /// <summary><c>PreferredLocales</c> is sent as <c>preferred_locales</c> (Stripe, GitHub, Slack).</summary>
    SnakeCase,

    /// <summary>The property name exactly as declared.</summary>
    AsDeclared,
}
