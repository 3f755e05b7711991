using System.Collections.Immutable;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Credential formats that are secrets wherever they are written. Each pattern is bounded (a prefix or a
/// structure that ordinary text does not have) and names the part that must not be filler with the group
/// "secret". Public identifiers (Stripe pk_, Square sq0idp-, Twilio AC..., OAuth client ids) are not here.
/// </summary>
internal static class ProviderTokenFormats
{
    private const string B = @"(?<![A-Za-z0-9_\-])";   // left boundary: not inside a longer token
    private const string E = @"(?![A-Za-z0-9_\-])";    // right boundary

    public static readonly ImmutableArray<ProviderTokenFormat> All = ImmutableArray.Create(
        // Cloud
        new ProviderTokenFormat("AWS access key ID", new[] { "AKIA", "ASIA", "ABIA", "ACCA" }, B + @"(AKIA|ASIA|ABIA|ACCA)(?<secret>[0-9A-Z]{16})" + E),
        new ProviderTokenFormat("Google API key", new[] { "AIza" }, B + @"AIza(?<secret>[0-9A-Za-z_\-]{35})" + E),
        new ProviderTokenFormat("Google OAuth client secret", new[] { "GOCSPX-" }, B + @"GOCSPX-(?<secret>[0-9A-Za-z_\-]{28})" + E),
        new ProviderTokenFormat("Microsoft Entra client secret", new[] { "Q~" }, B + @"(?<secret>[0-9A-Za-z_\-.]{3}[0-9]Q~[0-9A-Za-z_\-.~]{31,34})" + E),
        new ProviderTokenFormat("Alibaba Cloud access key ID", new[] { "LTAI" }, B + @"LTAI(?<secret>[0-9A-Za-z]{20})" + E),
        new ProviderTokenFormat("DigitalOcean token", new[] { "dop_v1_", "doo_v1_", "dor_v1_" }, B + @"do[por]_v1_(?<secret>[0-9a-f]{64})" + E),
        new ProviderTokenFormat("Databricks token", new[] { "dapi" }, B + @"dapi(?<secret>[0-9a-f]{32})(-[0-9])?" + E),
        new ProviderTokenFormat("HashiCorp Vault token", new[] { "hvs.", "hvb." }, B + @"hv[sb]\.(?<secret>[0-9A-Za-z_\-]{90,})" + E),
        new ProviderTokenFormat("Doppler token", new[] { "dp." }, B + @"dp\.(pt|st|sa|ct|scim|audit)\.(?<secret>[0-9A-Za-z]{40,44})" + E),
        new ProviderTokenFormat("Pulumi access token", new[] { "pul-" }, B + @"pul-(?<secret>[0-9a-f]{40})" + E),
        new ProviderTokenFormat("Supabase access token", new[] { "sbp_" }, B + @"sbp_(?<secret>[0-9a-f]{40})" + E),
        new ProviderTokenFormat("Grafana service account token", new[] { "glsa_" }, B + @"glsa_(?<secret>[0-9A-Za-z]{32})_[0-9a-f]{8}" + E),
        new ProviderTokenFormat("Grafana Cloud token", new[] { "glc_" }, B + @"glc_(?<secret>[0-9A-Za-z+/]{32,}={0,2})"),

        // Source hosting and package registries
        new ProviderTokenFormat("GitHub token", new[] { "ghp_", "gho_", "ghu_", "ghs_", "ghr_" }, B + @"gh[pousr]_(?<secret>[0-9A-Za-z]{36})" + E),
        new ProviderTokenFormat("GitHub fine-grained token", new[] { "github_pat_" }, B + @"github_pat_(?<secret>[0-9A-Za-z]{20,}_[0-9A-Za-z]{50,})" + E),
        new ProviderTokenFormat("GitLab token", new[] { "glpat-", "gldt-", "glrt-", "glptt-", "glsoat-" }, B + @"gl(pat|dt|rt|ptt|soat)-(?<secret>[0-9A-Za-z_\-]{20,})" + E),
        new ProviderTokenFormat("npm token", new[] { "npm_" }, B + @"npm_(?<secret>[0-9A-Za-z]{36})" + E),
        new ProviderTokenFormat("NuGet API key", new[] { "oy2" }, B + @"oy2(?<secret>[0-9a-z]{43})" + E),
        new ProviderTokenFormat("PyPI token", new[] { "pypi-AgEIcHlwaS5vcmc" }, B + @"pypi-AgEIcHlwaS5vcmc(?<secret>[0-9A-Za-z_\-]{50,})"),
        new ProviderTokenFormat("Hugging Face token", new[] { "hf_" }, B + @"hf_(?<secret>[0-9A-Za-z]{34,40})" + E),
        new ProviderTokenFormat("JFrog token", new[] { "AKCp" }, B + @"AKCp(?<secret>[0-9A-Za-z]{69})" + E),
        new ProviderTokenFormat("Postman API key", new[] { "PMAK-" }, B + @"PMAK-(?<secret>[0-9a-f]{24}-[0-9a-f]{34})" + E),
        new ProviderTokenFormat("Atlassian API token", new[] { "ATATT3" }, B + @"ATATT3(?<secret>[0-9A-Za-z_\-=]{100,})"),
        new ProviderTokenFormat("Linear API key", new[] { "lin_api_" }, B + @"lin_api_(?<secret>[0-9A-Za-z]{40})" + E),
        new ProviderTokenFormat("Sentry token", new[] { "sntrys_", "sntryu_" }, B + @"sntry[su]_(?<secret>[0-9A-Za-z+/=_\-]{40,})"),
        new ProviderTokenFormat("New Relic key", new[] { "NRAK-", "NRII-", "NRAL" }, B + @"(NRAK-(?<secret>[0-9A-Z]{27})|NRII-(?<secret>[0-9A-Za-z_\-]{32})|(?<secret>[0-9a-f]{36})NRAL)" + E),
        new ProviderTokenFormat("Figma token", new[] { "figd_" }, B + @"figd_(?<secret>[0-9A-Za-z_\-]{40,})" + E),
        new ProviderTokenFormat("Notion token", new[] { "secret_", "ntn_" }, B + @"(secret_(?<secret>[0-9A-Za-z]{43})|ntn_(?<secret>[0-9]{11}[0-9A-Za-z]{35}))" + E),
        new ProviderTokenFormat("Airtable token", new[] { "pat" }, B + @"pat(?<secret>[0-9A-Za-z]{14}\.[0-9a-f]{64})" + E),

        // Messaging and collaboration
        new ProviderTokenFormat("Slack token", new[] { "xox" }, B + @"xox[abposr]-(?<secret>[0-9A-Za-z\-]{10,})" + E),
        new ProviderTokenFormat("Slack app token", new[] { "xapp-" }, B + @"xapp-[0-9]-(?<secret>[0-9A-Z]+-[0-9]+-[0-9a-z]+)" + E),
        new ProviderTokenFormat("Slack webhook URL", new[] { "hooks.slack.com/" }, @"hooks\.slack\.com/(services|workflows|triggers)/(?<secret>[0-9A-Za-z]+/[0-9A-Za-z]+/[0-9A-Za-z]+)"),
        new ProviderTokenFormat("Discord webhook URL", new[] { "/api/webhooks/" }, @"discord(app)?\.com/api/webhooks/[0-9]+/(?<secret>[0-9A-Za-z_\-]{60,})"),
        new ProviderTokenFormat("Discord bot token", new[] { "." }, B + @"(?<secret>[MN][0-9A-Za-z]{23,25}\.[0-9A-Za-z_\-]{6}\.[0-9A-Za-z_\-]{27,38})" + E),
        new ProviderTokenFormat("Telegram bot token", new[] { ":AA", "/bot" }, @"(?<![0-9])(?<secret>[0-9]{8,10}:[0-9A-Za-z_\-]{35})" + E),
        new ProviderTokenFormat("SendGrid API key", new[] { "SG." }, B + @"SG\.(?<secret>[0-9A-Za-z_\-]{22}\.[0-9A-Za-z_\-]{43})" + E),
        new ProviderTokenFormat("Twilio API key", new[] { "SK" }, B + @"SK(?<secret>[0-9a-f]{32})" + E),
        new ProviderTokenFormat("Mailgun API key", new[] { "key-" }, B + @"key-(?<secret>[0-9a-f]{32})" + E),
        new ProviderTokenFormat("Mailchimp API key", new[] { "-us" }, B + @"(?<secret>[0-9a-f]{32})-us[0-9]{1,2}" + E),
        new ProviderTokenFormat("HubSpot private app token", new[] { "pat-na", "pat-eu" }, B + @"pat-(na|eu)[0-9]-(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})" + E),
        new ProviderTokenFormat("Salesforce session ID", new[] { "00D" }, B + @"00D[0-9A-Za-z]{12,15}!(?<secret>[0-9A-Za-z._]{80,})"),

        // Payments and commerce
        new ProviderTokenFormat("Stripe secret key", new[] { "sk_live_", "sk_test_", "rk_live_", "rk_test_" }, B + @"[sr]k_(live|test)_(?<secret>[0-9A-Za-z]{16,})" + E),
        new ProviderTokenFormat("Stripe webhook secret", new[] { "whsec_" }, B + @"whsec_(?<secret>[0-9A-Za-z+/=]{24,})"),
        new ProviderTokenFormat("Square access token", new[] { "EAAA", "sq0atp-", "sq0csp-" }, B + @"(EAAA(?<secret>[0-9A-Za-z_\-]{40,})|sq0atp-(?<secret>[0-9A-Za-z_\-]{22})|sq0csp-(?<secret>[0-9A-Za-z_\-]{43}))" + E),
        new ProviderTokenFormat("Shopify access token", new[] { "shpat_", "shpca_", "shppa_", "shpss_" }, B + @"shp(at|ca|pa|ss)_(?<secret>[0-9a-fA-F]{32})" + E),
        new ProviderTokenFormat("Braintree access token", new[] { "access_token$" }, @"access_token\$(production|sandbox)\$[0-9a-z]{16}\$(?<secret>[0-9a-f]{32})"),
        new ProviderTokenFormat("Plaid access token", new[] { "access-production-", "access-sandbox-", "access-development-" }, B + @"access-(production|sandbox|development)-(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})" + E),

        // AI
        new ProviderTokenFormat("OpenAI API key", new[] { "T3BlbkFJ" }, B + @"sk-((proj|svcacct|admin)-)?(?<secret>[0-9A-Za-z_\-]{20,}T3BlbkFJ[0-9A-Za-z_\-]{20,})" + E),
        new ProviderTokenFormat("Anthropic API key", new[] { "sk-ant-" }, B + @"sk-ant-(api|admin)[0-9]{2}-(?<secret>[0-9A-Za-z_\-]{32,})" + E),

        // Storage and others
        new ProviderTokenFormat("Dropbox access token", new[] { "sl." }, B + @"sl\.(?<secret>[0-9A-Za-z_\-]{100,})" + E),
        new ProviderTokenFormat("Okta API token", new[] { "SSWS " }, @"SSWS\s+(?<secret>00[0-9A-Za-z_\-]{40})" + E),
        new ProviderTokenFormat("age secret key", new[] { "AGE-SECRET-KEY-1" }, @"AGE-SECRET-KEY-1(?<secret>[0-9A-Z]{58})"),

        // Structural formats
        new ProviderTokenFormat("private key", new[] { "PRIVATE KEY" }, @"-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----(?<secret>[\s\S]{16,}?)-----END"),
        new ProviderTokenFormat("signed JSON Web Token", new[] { "eyJ" }, B + @"eyJ[0-9A-Za-z_\-]{8,}\.eyJ[0-9A-Za-z_\-]{8,}\.(?<secret>[0-9A-Za-z_\-]{16,})" + E));

    /// <summary>The first format found in <paramref name="text"/>, or null.</summary>
    public static ProviderTokenFormat? FindFirst(string text)
    {
        foreach (var format in All)
        {
            if (format.FindIn(text) is not null)
            {
                return format;
            }
        }

        return null;
    }
}
