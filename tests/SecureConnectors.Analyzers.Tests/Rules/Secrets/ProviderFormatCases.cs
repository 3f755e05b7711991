using SecureConnectors.Analyzers.Tests.Infrastructure;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Infrastructure.Fake;

namespace SecureConnectors.Analyzers.Tests.Rules.Secrets;

/// <summary>For every provider format: a value with its exact shape, and a near miss that must be left alone.</summary>
internal static class ProviderFormatCases
{
    public static TheoryData<string, string, string> All()
    {
        var pemBody = Chars(64, Base64, 1) + "\n" + Chars(64, Base64, 2);
        var jwtHeader = "eyJ" + Chars(20, UrlSafe, 3);
        var jwtPayload = "eyJ" + Chars(40, UrlSafe, 4);
        return new TheoryData<string, string, string>
        {
            { "AWS access key ID", Token("AKIA", 16, Upper + Digits), Token("AKIA", 12, Upper + Digits) },
            { "AWS documented example", Token("AKIA", 16, Upper + Digits, 9), "AKIA" + "IOSFODNN7" + "EXAMPLE" },
            { "Google API key", Token("AIza", 35, UrlSafe), Token("AIza", 20, UrlSafe) },
            { "Google OAuth client secret", Token("GOCSPX-", 28, UrlSafe), Token("GOCSPX-", 12, UrlSafe) },
            { "Microsoft Entra client secret", Chars(3, Alnum) + "8Q~" + Chars(34, Alnum), Chars(3, Alnum) + "8Q~" + Chars(10, Alnum) },
            { "Alibaba Cloud access key ID", Token("LTAI", 20), Token("LTAI", 8) },
            { "DigitalOcean token", Token("dop_v1_", 64, Hex), Token("dop_v1_", 40, Hex) },
            { "Databricks token", Token("dapi", 32, Hex), Token("dapi", 32, Upper) },
            { "HashiCorp Vault token", Token("hvs.", 95, UrlSafe), Token("hvs.", 24, UrlSafe) },
            { "Doppler token", Token("dp.pt.", 43), Token("dp.xx.", 43) },
            { "Pulumi access token", Token("pul-", 40, Hex), Token("pul-", 39, Hex) },
            { "Supabase access token", Token("sbp_", 40, Hex), Token("sbp_", 20, Hex) },
            { "Grafana service account token", Token("glsa_", 32) + "_" + Chars(8, Hex), Token("glsa_", 32) },
            { "Grafana Cloud token", Token("glc_", 48, Base64), Token("glc_", 16, Base64) },
            { "GitHub token", Token("ghp_", 36), Token("ghp_", 35) },
            { "GitHub token filler", Token("gho_", 36, seed: 5), "ghp_" + new string('X', 36) },
            { "GitHub fine-grained token", Token("github_pat_", 22) + "_" + Chars(59), Token("github_pat_", 22) },
            { "GitLab token", Token("glpat-", 20, UrlSafe), Token("glpat-", 8, UrlSafe) },
            { "npm token", Token("npm_", 36), Token("npm_", 30) },
            { "NuGet API key", Token("oy2", 43, Lower + Digits), Token("oy2", 20, Lower + Digits) },
            { "PyPI token", Token("pypi-AgEIcHlwaS5vcmc", 60, UrlSafe), Token("pypi-", 60, UrlSafe) },
            { "Hugging Face token", Token("hf_", 34, Upper + Lower), Token("hf_", 12, Upper + Lower) },
            { "JFrog token", Token("AKCp", 69), Token("AKCp", 30) },
            { "Postman API key", "PMAK-" + Chars(24, Hex) + "-" + Chars(34, Hex), "PMAK-" + Chars(24, Hex) },
            { "Atlassian API token", Token("ATATT3", 180, UrlSafe + "="), Token("ATATT3", 40, UrlSafe) },
            { "Linear API key", Token("lin_api_", 40), Token("lin_api_", 20) },
            { "Sentry token", Token("sntrys_", 60), Token("sntrys_", 20) },
            { "New Relic key", Token("NRAK-", 27, Upper + Digits), Token("NRAK-", 10, Upper + Digits) },
            { "Figma token", Token("figd_", 40, UrlSafe), Token("figd_", 10, UrlSafe) },
            { "Notion token", Token("secret_", 43), Token("secret_", 12) },
            { "Airtable token", Token("pat", 14) + "." + Chars(64, Hex), Token("pat", 14) + "." + Chars(20, Hex) },
            { "Slack token", "xoxb-" + Chars(12, Digits) + "-" + Chars(13, Digits) + "-" + Chars(24), "xoxb-" + Chars(4, Digits) },
            { "Slack app token", "xapp-1-" + Chars(11, Upper + Digits) + "-" + Chars(13, Digits) + "-" + Chars(64, Hex), "xapp-1-" },
            { "Slack webhook URL", "https://hooks.slack.com/services/T" + Chars(8, Upper + Digits) + "/B" + Chars(10, Upper + Digits) + "/" + Chars(24), "https://hooks.slack.com/services/" },
            { "Discord webhook URL", "https://discord.com/api/webhooks/" + Chars(18, Digits) + "/" + Chars(68, UrlSafe), "https://discord.com/api/webhooks/" + Chars(18, Digits) + "/" + Chars(12, UrlSafe) },
            { "Discord bot token", "M" + Chars(23) + "." + Chars(6, UrlSafe) + "." + Chars(27, UrlSafe), "M" + Chars(23) + "." + Chars(6, UrlSafe) },
            { "Telegram bot token", "https://api.telegram.org/bot" + Chars(10, Digits) + ":AA" + Chars(33, UrlSafe) + "/sendMessage", "https://api.telegram.org/bot" + Chars(10, Digits) + ":AA" + Chars(10, UrlSafe) },
            { "SendGrid API key", "SG." + Chars(22, UrlSafe) + "." + Chars(43, UrlSafe), "SG." + Chars(22, UrlSafe) },
            { "Twilio API key", Token("SK", 32, Hex), Token("SK", 31, Hex) },
            { "Mailgun API key", Token("key-", 32, Hex), Token("key-", 32, Upper) },
            { "Mailchimp API key", Chars(32, Hex) + "-us21", Chars(20, Hex) + "-us21" },
            { "HubSpot private app token", "pat-na1-" + Uuid(), "pat-na1-" + Chars(8, Hex) },
            { "Salesforce session ID", "00D" + Chars(15) + "!" + Chars(90, Alnum + "._"), "00D" + Chars(15) + "!" + Chars(20) },
            { "Stripe secret key", Token("sk_live_", 24), Token("sk_live_", 8) },
            { "Stripe test key", Token("sk_test_", 24), "sk_test_" + new string('x', 24) },
            { "Stripe restricted key", Token("rk_live_", 24), Token("pk_live_", 24) },
            { "Stripe webhook secret", Token("whsec_", 32), Token("whsec_", 10) },
            { "Square access token", Token("EAAA", 60, UrlSafe), Token("EAAA", 20, UrlSafe) },
            { "Square OAuth secret", Token("sq0csp-", 43, UrlSafe), Token("sq0idp-", 22, UrlSafe) },
            { "Shopify access token", Token("shpat_", 32, Hex), Token("shpat_", 20, Hex) },
            { "Braintree access token", "access_token$production$" + Chars(16, Lower + Digits) + "$" + Chars(32, Hex), "access_token$production$" },
            { "Plaid access token", "access-production-" + Uuid(), "access-production-" + Chars(8, Hex) },
            { "OpenAI API key", "sk-proj-" + Chars(40, UrlSafe) + "T3BlbkFJ" + Chars(40, UrlSafe), "sk-proj-" + Chars(40, UrlSafe) },
            { "Anthropic API key", Token("sk-ant-api03-", 90, UrlSafe), Token("sk-ant-api03-", 10, UrlSafe) },
            { "Dropbox access token", Token("sl.", 130, UrlSafe), Token("sl.", 20, UrlSafe) },
            { "Okta API token", "SSWS 00" + Chars(40, UrlSafe), "SSWS " + Chars(10, UrlSafe) },
            { "age secret key", Token("AGE-SECRET-KEY-1", 58, Upper + Digits), Token("AGE-SECRET-KEY-1", 20, Upper + Digits) },
            { "private key", "-----BEGIN RSA PRIVATE KEY-----\n" + pemBody + "\n-----END RSA PRIVATE KEY-----", "-----BEGIN CERTIFICATE-----\n" + pemBody + "\n-----END CERTIFICATE-----" },
            { "signed JSON Web Token", jwtHeader + "." + jwtPayload + "." + Chars(43, UrlSafe), jwtHeader + "." + jwtPayload + "." },
        };
    }
}
