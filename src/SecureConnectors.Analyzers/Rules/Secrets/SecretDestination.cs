namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>Where a literal's value ends up: the name that receives it and what that name says it is.</summary>
internal readonly struct SecretDestination
{
    public SecretDestination(SecretKind kind, string name, string description, bool isKeyOfSigningType = false, string? scheme = null)
    {
        Kind = kind;
        Name = name;
        Description = description;
        IsKeyOfSigningType = isKeyOfSigningType;
        Scheme = scheme;
    }

    /// <summary>
    /// The authentication scheme written beside the value (<c>new AuthenticationHeaderValue("Basic", value)</c>): the
    /// value is judged as the header it makes, a Basic one by what it decodes to.
    /// </summary>
    public string? Scheme { get; }

    /// <summary>The value as the destination sends it: with its scheme before it, when one is written beside it.</summary>
    public string AsSent(string value) => Scheme is null ? value : Scheme + " " + value;

    /// <summary>The key of a type that signs with it (an HMAC, a SymmetricSecurityKey).</summary>
    public bool IsKeyOfSigningType { get; }

    /// <summary>What the receiving name or sink says the value is.</summary>
    public SecretKind Kind { get; }

    /// <summary>The receiving member, parameter, key or header name (used to name an environment variable).</summary>
    public string Name { get; }

    /// <summary>How a message names the destination: "'ApiKey'", "header 'X-Api-Key'", "'password' of 'NetworkCredential'".</summary>
    public string Description { get; }
}
