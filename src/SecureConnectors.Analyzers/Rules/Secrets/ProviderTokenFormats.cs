using System.Collections.Immutable;
using static SecureConnectors.Analyzers.Rules.Secrets.ProviderTokenFormat;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Credential formats that are secrets wherever they are written, checked against gitleaks' rule set and
/// trufflehog's detectors and written here as <see cref="TokenShape"/> patterns. Each is bounded (a prefix or a
/// structure that ordinary text does not have) and tight enough that the scanners' own false-positive
/// examples stay quiet (<c>xoxb-12345-abcd234</c>, <c>xoxb-my-bot-token</c>). Public identifiers (Stripe pk_,
/// Square sq0idp-, Twilio AC..., PostHog phc_, OAuth client ids) are not here.
/// </summary>
internal static class ProviderTokenFormats
{
    // A UUID in lower-case hex, the body of many keys.
    private const string Uuid = "[h]{8}-[h]{4}-[h]{4}-[h]{4}-[h]{12}";

    public static readonly ImmutableArray<ProviderTokenFormat> All = ImmutableArray.Create(
        // Cloud
        new ProviderTokenFormat("AWS access key ID", "(AKIA|ASIA|ABIA|ACCA)[A9]{16}"),
        new ProviderTokenFormat("AWS session token", "(IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[aA9+/]{100,}[=]{0,2}", rightBoundary: false),
        new ProviderTokenFormat("Google API key", "AIza[aA9_-]{35}"),
        new ProviderTokenFormat("Google OAuth client secret", "GOCSPX-[aA9_-]{28}"),
        new ProviderTokenFormat("Google OAuth access token", "ya29.[aA9_-]{50,}"),
        new ProviderTokenFormat("Google OAuth refresh token", "1//0[aA9_-]{40,}"),
        new ProviderTokenFormat("Microsoft Entra client secret", "[aA9_.~]{3}[9]Q~[aA9_.~-]{31,34}"),
        new ProviderTokenFormat("Alibaba Cloud access key ID", "LTAI[aA9]{20}"),
        new ProviderTokenFormat("Tencent Cloud SecretId", "AKID[aA9]{32}"),
        new ProviderTokenFormat("DigitalOcean token", "(dop_v1_|doo_v1_|dor_v1_)[h]{64}"),
        new ProviderTokenFormat("Databricks token", "dapi[h]{32}[-]{0,1}[9]{0,1}"),
        new ProviderTokenFormat("HashiCorp Vault token", "(hvs.|hvb.)[aA9_-]{90,}"),
        new ProviderTokenFormat("HashiCorp Terraform Cloud token", "[aA9]{14}.atlasv1.[aA9_=-]{60,70}"),
        new ProviderTokenFormat("Doppler token", "dp.(pt|st|sa|ct|scim|audit).[aA9]{40,44}"),
        new ProviderTokenFormat("Pulumi access token", "pul-[h]{40}"),
        new ProviderTokenFormat("Supabase access token", "sbp_[h]{40}"),
        new ProviderTokenFormat("Grafana service account token", "glsa_[aA9]{32}_[h]{8}"),
        new ProviderTokenFormat("Grafana Cloud token", "glc_[aA9+/]{32,}[=]{0,2}", rightBoundary: false),
        new ProviderTokenFormat("Grafana API key", "eyJrIjoi[aA9]{70,}[=]{0,3}", rightBoundary: false),
        new ProviderTokenFormat("Cloudflare Origin CA key", "v1.0-[h]{24}-[h]{146}"),
        new ProviderTokenFormat("Fly.io token", "(fo1_)[aA9_-]{43}"),
        new ProviderTokenFormat("Fly.io macaroon token", "(fm1a_|fm1r_|fm2_)[aA9+/]{100,}[=]{0,3}", rightBoundary: false),
        new ProviderTokenFormat("Heroku API key", "HRKU-AA[aA9_-]{58}"),
        new ProviderTokenFormat("Scalingo API token", "tk-us-[aA9_-]{48}"),
        new ProviderTokenFormat("Render API key", "rnd_[aA9]{32}"),
        new ProviderTokenFormat("Netlify personal access token", "nfp_[aA9]{36,40}"),
        new ProviderTokenFormat("Vercel token", "(vcp_|vci_|vca_|vcr_|vck_)[aA9]{24,}"),
        new ProviderTokenFormat("Neon API key", "napi_[a9]{64}"),
        new ProviderTokenFormat("PlanetScale API token", "pscale_tkn_[aA9_=.-]{32,64}"),
        new ProviderTokenFormat("PlanetScale OAuth token", "pscale_oauth_[aA9_=.-]{32,64}"),
        new ProviderTokenFormat("PlanetScale password", "pscale_pw_[aA9_=.-]{32,64}"),
        new ProviderTokenFormat("Aiven service password", "AVNS_[aA9_-]{16,}"),
        new ProviderTokenFormat("OpenShift user token", "sha256~[aA9_-]{43}"),
        new ProviderTokenFormat("Tailscale key", "tskey-(api-|auth-|client-|scim-|webhook-)[aA9]{8,}-[aA9]{20,}"),
        new ProviderTokenFormat("ngrok token", "2[aA9]{26}_[9][aA9]{20}"),
        new ProviderTokenFormat("Amazon MWS auth token", "amzn.mws." + Uuid),

        // CI/CD, source hosting and package registries
        new ProviderTokenFormat("GitHub token", "(ghp_|gho_|ghu_|ghs_|ghr_)[aA9]{36}"),
        new ProviderTokenFormat("GitHub fine-grained token", "github_pat_[aA9]{20,}_[aA9]{50,}"),
        new ProviderTokenFormat("GitLab token", "(glpat-|gldt-|glrt-|glptt-|glsoat-)[aA9_-]{20,}"),
        new ProviderTokenFormat("GitLab CI/CD job token", "glcbt-[aA9]{1,5}_[aA9_-]{20}"),
        new ProviderTokenFormat("GitLab feature flag client token", "glffct-[aA9_-]{20}"),
        new ProviderTokenFormat("GitLab feed token", "glft-[aA9_-]{20}"),
        new ProviderTokenFormat("GitLab incoming mail token", "glimt-[aA9_-]{25}"),
        new ProviderTokenFormat("GitLab Kubernetes agent token", "glagent-[aA9_-]{50}"),
        new ProviderTokenFormat("GitLab OAuth application secret", "gloas-[aA9_-]{64}"),
        new ProviderTokenFormat("GitLab runner registration token", "GR1348941[aA9_-]{20}"),
        new ProviderTokenFormat("GitLab session cookie", "_gitlab_session=[a9]{32}", LeftBoundary.None),
        new ProviderTokenFormat("Bitbucket app password", "ATBB[aA9]{32}"),
        new ProviderTokenFormat("Docker Hub personal access token", "dckr_pat_[aA9_-]{27}"),
        new ProviderTokenFormat("Docker Hub organization access token", "dckr_oat_[aA9_-]{32}"),
        new ProviderTokenFormat("CircleCI personal API token", "CCIPAT_[aA9]{22}_[h]{40}"),
        new ProviderTokenFormat("Buildkite API token", "bkua_[h]{40}"),
        new ProviderTokenFormat("Octopus Deploy API key", "API-[A9]{26}"),
        new ProviderTokenFormat("SonarQube token", "(squ_|sqp_|sqa_)[h]{40}"),
        new ProviderTokenFormat("Sourcegraph access token", "sgp_[hH]{16}_[hH]{40}"),
        new ProviderTokenFormat("Sourcegraph local access token", "sgp_local_[h]{40}"),
        new ProviderTokenFormat("TeamCity access token", "eyJ0eXAiOiAiVENWMiJ9.[aA9_-]{20,}.[aA9_-]{20,}"),
        new ProviderTokenFormat("dbt Cloud token", "dbtc_[aA9_-]{40,}"),
        new ProviderTokenFormat("npm token", "npm_[aA9]{36}"),
        new ProviderTokenFormat("NuGet API key", "oy2[a9]{43}"),
        new ProviderTokenFormat("PyPI token", "pypi-AgEIcHlwaS5vcmc[aA9_-]{50,}", rightBoundary: false),
        new ProviderTokenFormat("RubyGems API key", "rubygems_[h]{48}"),
        new ProviderTokenFormat("Clojars deploy token", "CLOJARS_[aA9]{60}"),
        new ProviderTokenFormat("crates.io API token", "cio[aA9]{32}"),
        new ProviderTokenFormat("JFrog token", "AKCp[aA9]{69}"),
        new ProviderTokenFormat("JFrog reference token", "cmVmd[aA9]{59}"),
        new ProviderTokenFormat("Postman API key", "PMAK-[h]{24}-[h]{34}"),
        new ProviderTokenFormat("ReadMe API key", "rdme_[a9]{70}"),
        new ProviderTokenFormat("Prefect API key", "pnu_[aA9]{36}"),
        new ProviderTokenFormat("Infracost API key", "ico-[aA9]{32}"),
        new ProviderTokenFormat("Harness access token", "(pat.|sat.)[aA9_-]{22}.[aA9]{24}.[aA9]{20}"),
        new ProviderTokenFormat("Atlassian API token", "ATATT3[aA9_=-]{100,}", rightBoundary: false),
        new ProviderTokenFormat("Linear API key", "lin_api_[aA9]{40}"),
        new ProviderTokenFormat("Sentry token", "(sntrys_|sntryu_)[aA9+/=_-]{40,}", rightBoundary: false),
        new ProviderTokenFormat("New Relic user API key", "NRAK-[A9]{27}"),
        new ProviderTokenFormat("New Relic insert key", "NRII-[aA9_-]{32}"),
        new ProviderTokenFormat("New Relic license key", "[h]{36}NRAL"),
        new ProviderTokenFormat("New Relic browser key", "NRJS-[h]{19}"),
        new ProviderTokenFormat("Honeycomb API key", "(hcaik_|hcxik_)[a9]{58}"),
        new ProviderTokenFormat("Axiom API token", "(xaat-|xapt-)" + Uuid),
        new ProviderTokenFormat("Dynatrace API token", "dt0c01.[aA9]{24}.[aA9]{64}"),
        new ProviderTokenFormat("Figma token", "figd_[aA9_-]{40,}"),
        new ProviderTokenFormat("Frame.io token", "fio-u-[aA9_=-]{64}"),
        new ProviderTokenFormat("Notion token", "secret_[aA9]{43}"),
        new ProviderTokenFormat("Notion integration token", "ntn_[9]{11}[aA9]{35}"),
        new ProviderTokenFormat("Airtable token", "pat[aA9]{14}.[h]{64}"),
        new ProviderTokenFormat("Asana personal access token", "(1/|2/)[9]{10,16}:[h]{32}"),
        new ProviderTokenFormat("ClickUp personal token", "pk_[9]{6,10}_[A9]{32}"),
        new ProviderTokenFormat("Typeform token", "tfp_[aA9_.=-]{59}"),
        new ProviderTokenFormat("Contentful personal access token", "CFPAT-[aA9_-]{43}"),
        new ProviderTokenFormat("Zoho OAuth token", "1000.[h]{32}.[h]{32}"),
        new ProviderTokenFormat("Adobe client secret", "p8e-[aA9]{32}"),
        new ProviderTokenFormat("Defined Networking API token", "dnkey-[a9_=-]{26}-[a9_=-]{52}"),
        new ProviderTokenFormat("Intra42 client secret", "(s-s4t2ud-|s-s4t2af-)[h]{64}"),
        new ProviderTokenFormat("Settlemint access token", "(sm_aat_|sm_pat_|sm_sat_)[aA9]{16}"),
        new ProviderTokenFormat("MaxMind license key", "[aA9]{6}_[aA9]{29}_mmk"),

        // Password managers and secret stores
        new ProviderTokenFormat("1Password secret key", "A3-[A9]{6}-[A9]{11}-[A9]{5}-[A9]{5}-[A9]{5}"),
        new ProviderTokenFormat("1Password service account token", "ops_eyJ[aA9+/]{250,}[=]{0,3}", rightBoundary: false),
        new ProviderTokenFormat("Bitwarden Secrets Manager access token", "0." + Uuid + ".[aA9]{30}:[aA9+/]{22}[=]{0,2}", rightBoundary: false),
        new ProviderTokenFormat("age secret key", "AGE-SECRET-KEY-1[A9]{58}", LeftBoundary.None),

        // Feature flags and product analytics (server-side keys)
        new ProviderTokenFormat("LaunchDarkly SDK key", "sdk-" + Uuid),
        new ProviderTokenFormat("ConfigCat SDK key", "configcat-sdk-1/[aA9_-]{22}/[aA9_-]{22}"),
        new ProviderTokenFormat("Flagsmith server-side key", "ser.[aA9]{22}"),
        new ProviderTokenFormat("PostHog personal API key", "phx_[aA9]{43}"),
        new ProviderTokenFormat("Statsig server secret", "secret-[aA9]{43}"),

        // Messaging and collaboration
        new ProviderTokenFormat("Slack bot token", "xoxb-[9]{10,13}-[9]{10,13}-[aA9]{20,32}"),
        new ProviderTokenFormat("Slack legacy bot token", "xoxb-[9]{8,14}-[aA9]{18,26}"),
        new ProviderTokenFormat("Slack user token", "(xoxp-|xoxe-)[9]{10,13}-[9]{10,13}-[9]{10,13}-[aA9]{28,34}"),
        new ProviderTokenFormat("Slack legacy token", "(xoxo-|xoxs-)[9]{1,}-[9]{1,}-[9]{1,}-[hH]{16,}"),
        new ProviderTokenFormat("Slack workspace token", "(xoxa-|xoxr-)[9]{0,1}[-]{0,1}[aA9]{8,48}"),
        new ProviderTokenFormat("Slack configuration token", "(xoxe.xoxb-|xoxe.xoxp-)[9]-[aA9]{163,166}"),
        new ProviderTokenFormat("Slack configuration refresh token", "xoxe-[9]-[aA9]{146}"),
        new ProviderTokenFormat("Slack app token", "xapp-[9]-[A9]{8,}-[9]{8,}-[a9]{32,}"),
        new ProviderTokenFormat("Slack webhook URL", "hooks.slack.com/(services/|workflows/|triggers/)[aA9]{8,}/[aA9]{8,}/[aA9]{16,}", LeftBoundary.None),
        new ProviderTokenFormat("Discord webhook URL", "(discord.com/api/webhooks/|discordapp.com/api/webhooks/)[9]{17,20}/[aA9_-]{60,}", LeftBoundary.None),
        new ProviderTokenFormat("Discord bot token", "[MN][aA9]{23,25}.[aA9_-]{6}.[aA9_-]{27,38}"),
        new ProviderTokenFormat("Telegram bot token", "[9]{5,16}:A[aA9_-]{34}", LeftBoundary.NotDigit),
        new ProviderTokenFormat("Microsoft Teams webhook URL", "webhook.office.com/webhookb2/" + Uuid + "@" + Uuid + "/IncomingWebhook/[a9]{32}/" + Uuid, LeftBoundary.None),
        new ProviderTokenFormat("Google Chat webhook URL", "chat.googleapis.com/v1/spaces/[aA9_-]{8,}/messages?key=[aA9_-]{30,}&token=[aA9_%=-]{30,}", LeftBoundary.None, rightBoundary: false),
        new ProviderTokenFormat("Zapier webhook URL", "hooks.zapier.com/hooks/catch/[9]{4,}/[aA9]{6,}", LeftBoundary.None),
        new ProviderTokenFormat("SendGrid API key", "SG.[aA9_-]{22}.[aA9_-]{43}"),
        new ProviderTokenFormat("Twilio API key", "SK[h]{32}"),
        new ProviderTokenFormat("Telnyx API key", "KEY[A9]{32}_[aA9]{22}"),
        new ProviderTokenFormat("Mailgun API key", "key-[h]{32}"),
        new ProviderTokenFormat("Mailchimp API key", "[h]{32}-us[9]{1,2}"),
        new ProviderTokenFormat("Brevo API key", "xkeysib-[h]{64}-[aA9]{16}"),
        new ProviderTokenFormat("Brevo SMTP key", "xsmtpsib-[h]{64}-[aA9]{16}"),
        new ProviderTokenFormat("Resend API key", "re_[aA9]{8}_[aA9]{24}"),
        new ProviderTokenFormat("Klaviyo private API key", "pk_[h]{34}"),
        new ProviderTokenFormat("OneSignal REST API key", "os_v2_app_[a9]{100,}"),
        new ProviderTokenFormat("Intercom access token", "dG9rOj[aA9+/]{40,}[=]{0,2}", rightBoundary: false),
        new ProviderTokenFormat("HubSpot private app token", "(pat-na|pat-eu)[9]-" + Uuid),
        new ProviderTokenFormat("Salesforce session ID", "00D[aA9]{12,15}![aA9._]{80,}", rightBoundary: false),
        new ProviderTokenFormat("Facebook page access token", "(EAAM|EAAC)[aA9]{100,}"),
        new ProviderTokenFormat("Twitter bearer token", "AAAAAAAAAAAAAAAAAAAAA[aA9%]{80,100}"),
        new ProviderTokenFormat("Beamer API key", "b_[a9_=-]{44}"),

        // Payments, commerce and shipping
        new ProviderTokenFormat("Stripe secret key", "(sk_live_|sk_test_|sk_prod_|rk_live_|rk_test_|rk_prod_)[aA9]{16,}"),
        new ProviderTokenFormat("webhook signing secret (Stripe, Standard Webhooks)", "whsec_[aA9+/=]{24,}", rightBoundary: false),
        new ProviderTokenFormat("Square access token", "EAAA[aA9_-]{40,}"),
        new ProviderTokenFormat("Square OAuth token", "sq0atp-[aA9_-]{22}"),
        new ProviderTokenFormat("Square OAuth secret", "sq0csp-[aA9_-]{43}"),
        new ProviderTokenFormat("Shopify access token", "(shpat_|shpca_|shppa_|shpss_)[hH]{32}"),
        new ProviderTokenFormat("Braintree access token", "access_token$(production|sandbox)$[a9]{16}$[h]{32}", LeftBoundary.None),
        new ProviderTokenFormat("Plaid access token", "(access-production-|access-sandbox-|access-development-)" + Uuid),
        new ProviderTokenFormat("Checkout.com secret key", "sk_sbox_[a9]{26,}"),
        new ProviderTokenFormat("Mollie API key", "(live_|test_)[aA9]{30}"),
        new ProviderTokenFormat("Mollie organization access token", "access_[aA9]{40}"),
        new ProviderTokenFormat("GoCardless access token", "(live_|sandbox_)[aA9_=-]{40}"),
        new ProviderTokenFormat("Paddle API key", "(pdl_live_apikey_|pdl_sdbx_apikey_)[aA9_]{40,}"),
        new ProviderTokenFormat("Flutterwave secret key", "(FLWSECK_TEST-|FLWSECK-)[h]{32}-X"),
        new ProviderTokenFormat("Lob API key", "(live_|test_)[h]{35}"),
        new ProviderTokenFormat("EasyPost API key", "EZAK[aA9]{54}"),
        new ProviderTokenFormat("EasyPost test API key", "EZTK[aA9]{54}"),
        new ProviderTokenFormat("Shippo API token", "(shippo_live_|shippo_test_)[hH]{40}"),
        new ProviderTokenFormat("Duffel API token", "(duffel_test_|duffel_live_)[aA9_=-]{43}"),
        new ProviderTokenFormat("WooCommerce REST API key", "(ck_|cs_)[h]{40}"),
        new ProviderTokenFormat("Mapbox secret token", "sk.eyJ[aA9_-]{50,}.[aA9_-]{20,}"),
        new ProviderTokenFormat("Dropbox access token", "sl.[aA9_-]{100,}"),
        new ProviderTokenFormat("Dropbox long-lived token", "[aA9]{11}AAAAAAAAAA[aA9_=-]{43}"),

        // AI providers
        new ProviderTokenFormat("OpenAI API key", "sk-[aA9_-]{40,}", mustContain: "T3BlbkFJ"),
        new ProviderTokenFormat("Anthropic API key", "(sk-ant-api|sk-ant-admin)[9]{2}-[aA9_-]{32,}"),
        new ProviderTokenFormat("Hugging Face token", "hf_[aA9]{34,40}"),
        new ProviderTokenFormat("Hugging Face organization token", "api_org_[aA]{34}"),
        new ProviderTokenFormat("Groq API key", "gsk_[aA9]{52}"),
        new ProviderTokenFormat("Replicate API token", "r8_[aA9]{37}"),
        new ProviderTokenFormat("Perplexity API key", "pplx-[aA9]{48}"),
        new ProviderTokenFormat("xAI API key", "xai-[aA9]{80}"),
        new ProviderTokenFormat("OpenRouter API key", "sk-or-v1-[h]{64}"),
        new ProviderTokenFormat("Tavily API key", "tvly-[aA9]{32}"),
        new ProviderTokenFormat("LangSmith API key", "(lsv2_pt_|lsv2_sk_)[h]{32}_[h]{10}"),
        new ProviderTokenFormat("Langfuse secret key", "sk-lf-" + Uuid),
        new ProviderTokenFormat("Pinecone API key", "pcsk_[aA9]{4,8}_[aA9]{50,}"),
        new ProviderTokenFormat("Fireworks AI API key", "fw_[aA9]{24}"),
        new ProviderTokenFormat("ElevenLabs API key", "sk_[h]{48}"),
        new ProviderTokenFormat("NVIDIA API key", "nvapi-[aA9_-]{64}"),
        new ProviderTokenFormat("Cerebras API key", "csk-[a9]{48}"),
        new ProviderTokenFormat("LlamaCloud API key", "llx-[aA9]{48}"),
        new ProviderTokenFormat("ClickHouse Cloud API secret", "4b1d[aA9]{38}"),

        // Identity
        new ProviderTokenFormat("Okta API token", "SSWS[s]{1,}00[aA9_-]{40}", LeftBoundary.None),
        new ProviderTokenFormat("Stytch secret", "(secret-live-|secret-test-)[aA9_=-]{36}"),

        // Structural formats
        ProviderTokenFormat.Custom("private key", new[] { "PRIVATE KEY" }, 60, PrivateKeyBlocks.ContainsPemPrivateKey),
        ProviderTokenFormat.Custom("Confluent Cloud API key and secret", new[] { ":" }, 81, ConfluentKeyPairs.ContainsPair),
        ProviderTokenFormat.Custom("PuTTY private key", new[] { "PuTTY-User-Key-File-" }, 60, PrivateKeyBlocks.ContainsPuttyPrivateKey),
        ProviderTokenFormat.Custom("private key (.NET XML form)", new[] { "<RSAKeyValue>", "<DSAKeyValue>" }, 60, PrivateKeyBlocks.ContainsXmlPrivateKey),
        new ProviderTokenFormat("signed JSON Web Token", "eyJ[aA9_-]{8,}.eyJ[aA9_-]{8,}.[aA9_-]{16,}", isDead: token => JsonWebTokens.HasExpired(token) || JsonWebTokens.IsAnonymousKey(token), isTestVector: JsonWebTokens.NamesNoPrincipal));

    /// <summary>The first format found in <paramref name="text"/>, or null.</summary>
    /// <param name="text">The value to search.</param>
    /// <param name="inTestCode">Whether the value is in test code, asked only about a token that may be a test vector.</param>
    public static ProviderTokenFormat? FindFirst(string text, System.Func<bool>? inTestCode = null)
    {
        foreach (var format in All)
        {
            if (format.IsFoundIn(text, inTestCode))
            {
                return format;
            }
        }

        return null;
    }
}
