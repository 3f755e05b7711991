using System.Collections.Immutable;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Key formats that providers issue to be published: the key a browser, a mobile app or a map widget sends in the
/// clear, paired with a secret that stays on the server (Stripe's, Paystack's and Clerk's <c>pk_live_</c>/<c>pk_test_</c>,
/// Checkout.com's <c>pk_sbox_</c>, Mapbox's public <c>pk.eyJ…</c> token, Flutterwave's <c>FLWPUBK-</c>, Square's
/// application id <c>sq0idp-</c>, PostHog's project key <c>phc_</c>, Razorpay's key id <c>rzp_live_</c>, Supabase's anon
/// key: a JWT whose role is <c>anon</c>). Such a value is
/// public by its format, under any name: <c>AccessToken = "pk.eyJ…"</c> is Mapbox's public token, whatever the setting
/// calls it. Only a whole value in one of these shapes counts; the secret halves (<c>sk_live_</c>, <c>sk.eyJ</c>,
/// <c>FLWSECK-</c>) are provider formats of their own, and Klaviyo's private <c>pk_</c> + 34 hex digits is not one of
/// these shapes.
/// </summary>
internal static class PublicKeyFormats
{
    private static readonly ImmutableArray<TokenShape> Shapes = ImmutableArray.Create(
        new TokenShape("(pk_live_|pk_test_|pk_sbox_)[aA9]{16,}"),
        new TokenShape("pk.eyJ[aA9_-]{20,}.[aA9_-]{20,}"),
        new TokenShape("(FLWPUBK-|FLWPUBK_TEST-)[h]{32}-X"),
        new TokenShape("(sq0idp-|sandbox-sq0idb-)[aA9_-]{22}"),
        new TokenShape("phc_[aA9]{32,}"),
        new TokenShape("(rzp_live_|rzp_test_)[aA9]{14}"));

    /// <summary>Whether <paramref name="value"/>, surrounding white space aside, is wholly a publishable key.</summary>
    public static bool IsPublicKey(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length < 16)
        {
            return false;
        }

        foreach (var shape in Shapes)
        {
            if (trimmed.Length >= shape.MinLength && shape.MatchAt(trimmed, 0, out _) == trimmed.Length)
            {
                return true;
            }
        }

        // Supabase's and PostgREST's anon key: a signed token whose role is the anonymous one.
        if (trimmed.StartsWith("eyJ", System.StringComparison.Ordinal) && JsonWebTokens.IsAnonymousKey(trimmed))
        {
            return true;
        }

        return false;
    }
}
