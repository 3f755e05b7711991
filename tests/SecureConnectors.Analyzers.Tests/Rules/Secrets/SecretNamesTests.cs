using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SecureConnectors.Analyzers.Rules.Secrets;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Rules.Secrets;

/// <summary>
/// What a name says about its value. <see cref="SecretNames.Classify"/> settles a name that holds no secret word
/// before splitting it, so these tests also guard that shortcut: every word the classifier knows must still be found
/// in every spelling a name can give it.
/// </summary>
public sealed class SecretNamesTests
{
    [Theory]
    [InlineData("ApiKey", "Secret")]
    [InlineData("IG_SIGNATURE_KEY", "Secret")]
    [InlineData("SignatureKeyName", "None")]
    [InlineData("SignatureKeyId", "None")]
    [InlineData("API_KEY", "Secret")]
    [InlineData("client_secret", "Secret")]
    [InlineData("ClientSecret2", "Secret")]
    [InlineData("ApiToken1", "Secret")]
    [InlineData("SigningKeyPem", "Secret")]
    [InlineData("Connectors:payroll:ApiKey", "Secret")]
    [InlineData("PAT", "Secret")]
    // a signature authenticates one message; it is not the key that made it
    [InlineData("x-sig", "None")]
    [InlineData("reqMsgSig", "None")]
    [InlineData("SdkKey", "Secret")]
    [InlineData("LAUNCHDARKLY_SDK_KEY", "Secret")]
    [InlineData("TokenOptions:SecurityKey", "Secret")]
    [InlineData("TokenKey", "Secret")]
    [InlineData("WebhookSignature", "None")]
    [InlineData("DbPassword", "Password")]
    [InlineData("ClientSecert", "Secret")]
    [InlineData("SasKey", "Secret")]
    [InlineData("aeg-sas-key", "Secret")]
    [InlineData("Spotify:ClientSercet", "Secret")]
    [InlineData("DbPasword", "Password")]
    [InlineData("SMTP_PASSOWRD", "Password")]
    [InlineData("admin_paswd", "Password")]
    [InlineData("PWD", "Password")]
    [InlineData("Password1", "Password")]
    [InlineData("passphrase", "Password")]
    [InlineData("Authorization", "Authorization")]
    [InlineData("ConsumerSecret", "Secret")]
    [InlineData("oauth_consumer_secret", "Secret")]
    public void A_name_that_ends_in_a_secret_word_names_a_secret(string name, string expected) =>
        Assert.Equal(expected, SecretNames.Classify(name).ToString());

    [Theory]
    [InlineData("CacheKey")]
    [InlineData("ConsumerKey")]
    [InlineData("oauth_consumer_key")]
    [InlineData("HashedPassword")]
    [InlineData("hashedClientSecret")]
    [InlineData("SaltedApiKey")]
    [InlineData("TokenUrl")]
    [InlineData("SecurityKeyId")]
    [InlineData("TokenCacheKey")]
    [InlineData("ApiKeySecretName")]
    [InlineData("PasswordResetRoute")]
    [InlineData("AccessKeyId")]
    [InlineData("PublishableKey")]
    [InlineData("bypass")]
    [InlineData("Path")]
    [InlineData("CustomerName")]
    [InlineData("Secretary")]
    [InlineData("PassageCount")]
    [InlineData("SectionTitle")]
    [InlineData("Field0")]
    [InlineData("")]
    public void A_name_whose_last_word_is_not_a_secret_word_names_nothing(string name) =>
        Assert.Equal(SecretKind.None, SecretNames.Classify(name));

    [Fact]
    public void Every_word_the_classifier_knows_is_found_in_every_spelling()
    {
        var missed = new List<string>();
        foreach (var word in KnownWords("PasswordWords").Concat(KnownWords("SecretWords")))
        {
            foreach (var name in Spellings(word))
            {
                if (SecretNames.Classify(name) == SecretKind.None)
                {
                    missed.Add(name);
                }
            }
        }

        foreach (var qualifier in KnownWords("KeyQualifiers"))
        {
            foreach (var name in Spellings(qualifier + "_key"))
            {
                if (SecretNames.Classify(name) == SecretKind.None)
                {
                    missed.Add(name);
                }
            }
        }

        Assert.Empty(missed);
    }

    [Fact]
    public void A_name_with_letters_beyond_ascii_is_still_split_and_read()
    {
        // The Kelvin sign lower-cases to "k" but does not match "key" ignoring case ordinally: the shortcut must not
        // settle such a name, the word split reads it.
        Assert.Equal(SecretKind.Secret, SecretNames.Classify("Api\u212Aey"));
        Assert.Equal(SecretKind.None, SecretNames.Classify("Kunde\u00D6ffnung"));
    }

    private static IEnumerable<string> Spellings(string word)
    {
        var pascal = string.Concat(word.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part.Substring(1)));
        yield return word;
        yield return word.ToUpperInvariant();
        yield return pascal;
        yield return "My" + pascal + "2";
        yield return "Settings:" + pascal;
        yield return word + "_value";
    }

    // The classifier's own word lists, read so that a word added there is covered here without editing this test.
    private static IEnumerable<string> KnownWords(string field)
    {
        var value = typeof(SecretNames).GetField(field, BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null);
        var words = Assert.IsAssignableFrom<IEnumerable<string>>(value);
        Assert.NotEmpty(words);
        return words;
    }
}
