using Flagpole;
using Microsoft.Extensions.Logging;
using SecureConnectors;

namespace Flagpole.Sample;

public static class Quickstart
{
    public static FlagpoleOptions FromTheDocs() => new()
    {
        SdkKey = "srv-YOUR-SERVER-SDK-KEY",  // expect: none
    };

    // The docs' "Pet Store" demo project, production environment: the sample shows live flags as cloned.
    public static FlagpoleOptions PetStoreDemo() => new()
    {
        SdkKey = "srv-{{synthetic:40:alnum}}",  // expect: secret
        PollInterval = TimeSpan.FromSeconds(30),
    };

    /// <summary>The same project's client-side id, which its browser bundle ships.</summary>
    public const string PetStoreClientSideId = "{{synthetic:24:hex}}";  // expect: none
}

// The shop's member, as its member service returns it (declarations, no labels).
[Resource("members")]
public sealed class ShopMember
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("email", Scope = "members:read", Classification = DataClass.Personal)] public string Email { get; init; } = "";
    [Field("country", Scope = "members:read", Classification = DataClass.Public)] public string Country { get; init; } = "";
    [Field("tier", Scope = "members:read")] public string Tier { get; init; } = "";
}

public sealed class CheckoutFlags(FlagpoleClient flags, ILogger<CheckoutFlags> logger)
{
    public bool UseNewCheckout(ShopMember member)
    {
        var enabled = flags.IsEnabled("new-checkout", new EvaluationContext(member.Id, member.Email, member.Country));
        logger.LogInformation("new-checkout={Enabled} for member {MemberId} in {Country}", enabled, member.Id,
            member.Country);
        logger.LogDebug("new-checkout={Enabled} for {Email}", enabled,
            member.Email);  // expect: log
        return enabled;
    }
}
