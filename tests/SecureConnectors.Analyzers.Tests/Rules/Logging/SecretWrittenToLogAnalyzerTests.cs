using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Rules.Logging;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using Verifier = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<
    SecureConnectors.Analyzers.Rules.Logging.SecretWrittenToLogAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Logging;

public sealed class SecretWrittenToLogAnalyzerTests
{
    private static Task VerifyAsync(string members, params DiagnosticResult[] expected)
    {
        var test = new Verifier.Test { TestCode = LoggingSnippets.InLogger(members) };
        test.TestState.AdditionalReferences.Add(LoggingSnippets.Logging);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("void M(SecretString secret) => logger.LogInformation(\"Using {Secret}\", [|secret.Reveal()|]);")]
    [InlineData("void M(string password) => logger.LogWarning($\"Login with {[|password|]} failed\");")]
    [InlineData("void M() => logger.LogDebug(\"key=\" + [|options.ApiKey|]);")]
    [InlineData("void M(string clientSecret) => logger.Log(LogLevel.Information, string.Format(\"secret {0}\", [|clientSecret|]));")]
    [InlineData("void M(string accessToken) { using var scope = logger.BeginScope(\"token {Token}\", [|accessToken|]); }")]
    [InlineData("void M(string apiToken) => Console.WriteLine([|apiToken|]);")]
    [InlineData("void M(string password) => Console.Error.WriteLine($\"Login failed: {[|password|]}\");")]
    [InlineData("void M(string apiToken) => Console.Out.Write([|apiToken|]);")]
    [InlineData("void M(string passwordHash) => logger.LogWarning(\"Stored hash {Hash}\", [|passwordHash|]);")]
    [InlineData("void M(string refreshToken, string pageSecret) => Console.WriteLine([|refreshToken|] + [|pageSecret|]);")]
    [InlineData("void M(string apiToken) => Debug.WriteLine(\"t: \" + [|apiToken|].Substring(0, 4));")]
    [InlineData("void M(string apiToken) => Trace.TraceInformation($\"t: {[|apiToken|]}\");")]
    [InlineData("void M(string password) => throw new InvalidOperationException($\"Password {[|password|]} rejected\");")]
    [InlineData("void M(SecretString secret) { var line = \"key \" + secret.Reveal(); logger.LogInformation([|line|]); }")]
    [InlineData("void M(ConnectorCredential credential) => logger.LogTrace(\"Header {Value}\", [|credential.RevealHeaderValue()|]);")]
    [InlineData("void M(DirectoryEntry entry) => logger.LogInformation(\"Mailing {Email}\", [|entry.WorkEmail|]);")]
    [InlineData("void M(Employee employee) => Console.WriteLine([|employee.Ssn|]);")]
    [InlineData("void M(DirectoryEntry entry) => logger.LogInformation($\"Read {[|entry|]}\");")]
    [InlineData("void M(DirectoryEntry entry) => logger.LogInformation(\"Read {Entry}\", [|entry|]);")]
    // a scope's dictionary and an exception's list of messages are written value by value
    [InlineData("void M() { using var scope = logger.BeginScope(new Dictionary<string, object?> { [\"Partner\"] = \"ketterly\", [\"PartnerKey\"] = [|options.ApiKey|] }); }")]
    [InlineData("void M(string apiToken) { using var scope = logger.BeginScope(new Dictionary<string, object> { { \"Token\", [|apiToken|] } }); }")]
    [InlineData("void M(string password) => throw new AggregateFailure(new[] { $\"Rejected {[|password|]}\" });")]
    [InlineData("void M(string password) => throw new AggregateFailure([$\"Rejected {[|password|]}\"]);")]
    // an Authorization header's value is the credential, whatever it is called
    [InlineData("void M(HttpRequestMessage request) => logger.LogDebug(\"Sending {Credential}\", [|request.Headers.Authorization?.Parameter|]);")]
    [InlineData("void M(HttpRequestMessage request) => Console.WriteLine($\"Auth: {[|request.Headers.Authorization|]}\");")]
    // a request's whole header collection carries its Authorization header
    [InlineData("void M(HttpRequestMessage request) => logger.LogDebug(\"Headers: {Headers}\", [|request.Headers|]);")]
    [InlineData("void M(HttpRequestMessage request) => logger.LogDebug(\"Headers: {Headers}\", string.Join(\"; \", [|request.Headers|].Select(h => $\"{h.Key}={string.Join(\",\", h.Value)}\")));")]
    // a token object's text is the token its holder's name says it is
    [InlineData("void M(OAuthResponse response) => Console.WriteLine(\"AccessToken=> \" + [|response.AccessToken.Token|]);")]
    [InlineData("void M(OAuthResponse response) => logger.LogInformation(\"Refresh {Token}\", [|response.RefreshToken?.Token|]);")]
    // a connection string carries the password or key of what it reaches, a SAS URL its signature
    [InlineData("void M(string connectionString) => logger.LogInformation(\"Opening producer with {ConnectionString}\", [|connectionString|]);")]
    [InlineData("void M(string eventHubConnStr) => Console.WriteLine([|eventHubConnStr|]);")]
    [InlineData("void M(Uri sasUri) => logger.LogDebug(\"Download link: {SasUri}\", [|sasUri|]);")]
    public Task Reports_a_secret_or_personal_value_reaching_a_log(string members) =>
        VerifyAsync(members);

    // A record's compiler-made ToString prints every public property, an anonymous object every member: logged whole,
    // they write out the secret they hold. A record with its own ToString, a SecretString member, a class (its ToString
    // prints the type's name) and a record with no secret member are quiet.
    private const string PrintedObjects = """
        sealed record PartnerSettings(string BaseUrl, string ApiKey);
        record CredentialsBase(string ClientSecret);
        sealed record TenantCredentials(string Tenant, string Secret) : CredentialsBase(Secret);
        sealed record MaskedSettings(string BaseUrl, string ApiKey) { public override string ToString() => BaseUrl; }
        sealed record WrappedSettings(string BaseUrl, SecretString ApiKey);
        sealed record PagingState(string NextPageToken, int Page);
        sealed class ClassSettings { public string ApiKey { get; set; } = ""; }
        void Reported(PartnerSettings settings, TenantCredentials tenant, string apiToken)
        {
            logger.LogInformation("Settings {Settings}", MARKsettingsEND);
            Console.WriteLine($"Using {MARKsettingsEND}");
            logger.LogDebug("Tenant {Tenant}", MARKtenantEND);
            logger.LogInformation("Call {Call}", new { Partner = "ketterly", Token = MARKapiTokenEND });
        }
        void Quiet(MaskedSettings masked, WrappedSettings wrapped, PagingState paging, ClassSettings plain, PartnerSettings settings)
        {
            logger.LogInformation("{Masked} {Wrapped} {Paging} {Plain}", masked, wrapped, paging, plain);
            logger.LogInformation("Base {Url}", settings.BaseUrl);
            logger.LogInformation("Call {Call}", new { Partner = "ketterly", Length = settings.ApiKey.Length });
        }
        """;

    // A destructuring hole ({@Options}) writes a class member by member: its secret-named string property is written out.
    // Holes map to the values after the template by position; a plain hole ({Options}) prints the type's name; a member
    // marked [NotLogged] or [LogMasked] is not written so.
    private const string DestructuredObjectsSource = """
        sealed class PartnerOptions { public string BaseUrl { get; set; } = ""; public string ApiKey { get; set; } = ""; }
        class CredentialBase { public string ClientSecret { get; set; } = ""; }
        sealed class TenantCredential : CredentialBase { public string Tenant { get; set; } = ""; }
        sealed class NotLoggedAttribute : Attribute { }
        sealed class MaskedOptions { public string BaseUrl { get; set; } = ""; [NotLogged] public string ApiKey { get; set; } = ""; }
        sealed class PagingOptions { public string NextPageToken { get; set; } = ""; public int Size { get; set; } }
        void Reported(PartnerOptions options, TenantCredential tenant)
        {
            logger.LogInformation("Calling {Partner} with {@Options}", "ketterly", MARKoptionsEND);
            logger.LogDebug("Tenant {@Tenant} at {Time}", MARKtenantEND, DateTime.UtcNow);
        }
        void Quiet(PartnerOptions options, MaskedOptions masked, PagingOptions paging)
        {
            logger.LogInformation("Calling with {Options}", options);
            logger.LogInformation("{Partner} {@Masked} {@Paging}", options, masked, paging);
            logger.LogInformation("{{@Literal}} {Options}", options);
        }
        """;

    [Fact]
    public Task An_object_under_a_destructuring_hole_writes_its_secret_members() =>
        VerifyAsync(DestructuredObjectsSource.Replace("MARK", "[|").Replace("END", "|]"));

    [Fact]
    public Task Records_and_anonymous_objects_logged_whole_print_their_secret_members() =>
        VerifyAsync(PrintedObjects.Replace("MARK", "[|").Replace("END", "|]"));

    // A JSON serializer writes every public member: the text of an object that holds a secret carries the secret. What the
    // object holds is read from how it is built there (initializer, constructor arguments, anonymous objects, through a
    // local), else from its type two levels down. Ignored members, opt-in contracts without the member, constants, paging
    // tokens and objects with no secret member are quiet.
    private const string SerializedObjectsSource = """
        sealed class IdentifyPayload { public string Token { get; set; } = ""; public int Intents { get; set; } }
        sealed class GatewayPayload { public int Op { get; set; } public object? Data { get; set; } }
        sealed class TokenRequest
        {
            public TokenRequest(string clientId, string clientSecret) { ClientId = clientId; ClientSecret = clientSecret; }
            public string ClientId { get; }
            public string ClientSecret { get; }
        }
        sealed class TokenResponse { public string AccessToken { get; set; } = ""; public int ExpiresIn { get; set; } }
        sealed class Session { public string User { get; set; } = ""; public TokenResponse Tokens { get; set; } = new(); }
        sealed class MaskedResponse { [System.Text.Json.Serialization.JsonIgnore] public string AccessToken { get; set; } = ""; public int ExpiresIn { get; set; } }
        sealed class NullableResponse
        {
            [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
            public string? AccessToken { get; set; }
        }
        [System.Runtime.Serialization.DataContract]
        sealed class ContractResponse { [System.Runtime.Serialization.DataMember] public int ExpiresIn { get; set; } public string AccessToken { get; set; } = ""; }
        sealed class Page { public string NextPageToken { get; set; } = ""; public int Count { get; set; } }
        void Reported(string botToken, TokenResponse response, Session session, string id, string secret, NullableResponse nullable)
        {
            var payload = System.Text.Json.JsonSerializer.Serialize(new GatewayPayload { Op = 2, Data = new IdentifyPayload { Token = botToken } });
            logger.LogTrace("Gateway send {Payload}", MARKpayloadEND);
            var identify = new { op = 2, d = new { token = options.ApiKey, intents = 513 } };
            logger.LogTrace(MARKSystem.Text.Json.JsonSerializer.Serialize(identify)END);
            Console.WriteLine($"Token response: {MARKSystem.Text.Json.JsonSerializer.Serialize(response)END}");
            logger.LogDebug("Session {Session}", MARKSystem.Text.Json.JsonSerializer.Serialize(session)END);
            throw new InvalidOperationException("Refused: " + MARKSystem.Text.Json.JsonSerializer.Serialize(new TokenRequest(id, secret))END + MARKSystem.Text.Json.JsonSerializer.Serialize(nullable)END);
        }
        void Quiet(MaskedResponse masked, ContractResponse contract, Page page, string id, TokenResponse response)
        {
            logger.LogDebug("{Masked} {Contract} {Page}", System.Text.Json.JsonSerializer.Serialize(masked), System.Text.Json.JsonSerializer.Serialize(contract), System.Text.Json.JsonSerializer.Serialize(page));
            logger.LogDebug("Fixture {Payload}", System.Text.Json.JsonSerializer.Serialize(new IdentifyPayload { Token = "fixture", Intents = 1 }));
            logger.LogDebug("Built {Request}", System.Text.Json.JsonSerializer.Serialize(new GatewayPayload { Op = 1, Data = id }));
            logger.LogDebug("Expires {Seconds}", System.Text.Json.JsonSerializer.Serialize(response.ExpiresIn));
            var body = System.Text.Json.JsonSerializer.Serialize(response);
            Console.WriteLine(body.Length);
        }
        """;

    // Any request type's whole header collection carries the caller's Authorization header (Azure Functions'
    // HttpRequestData, an API Gateway event), logged or serialized; a response's headers and one named header are not it.
    [Fact]
    public Task A_request_s_whole_headers_carry_its_authorization() =>
        VerifyAsync("""
            sealed class HttpRequestData { public Dictionary<string, IEnumerable<string>> Headers { get; } = new(); }
            sealed class APIGatewayProxyRequest { public string Path { get; set; } = ""; public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>(); }
            sealed class HttpResponseData { public Dictionary<string, IEnumerable<string>> Headers { get; } = new(); }
            sealed class GatewayEvent { public string Path { get; set; } = ""; }
            void Reported(HttpRequestData req, APIGatewayProxyRequest request)
            {
                logger.LogDebug("Delivery headers {Headers}", [|req.Headers|]);
                logger.LogInformation($"Request: {[|System.Text.Json.JsonSerializer.Serialize(request)|]}");
            }
            void Quiet(HttpRequestData req, HttpResponseData response, GatewayEvent gatewayEvent)
            {
                logger.LogDebug("Response headers {Headers}", response.Headers);
                logger.LogDebug("Agent {Agent}", req.Headers["User-Agent"]);
                logger.LogDebug("Event {Event}", System.Text.Json.JsonSerializer.Serialize(gatewayEvent));
            }
            """);

    // A secret store's answer is a secret whatever it is called (Dapr, Key Vault, Secrets Manager), followed through await,
    // an entry, the response's Value, a Select over its entries and locals; its length and a secret's name are not.
    [Fact]
    public Task What_a_secret_store_hands_back_is_a_secret() =>
        VerifyAsync("""
            sealed class DaprClient
            {
                public System.Threading.Tasks.Task<Dictionary<string, string>> GetSecretAsync(string store, string key) => null!;
                public System.Threading.Tasks.Task<Dictionary<string, Dictionary<string, string>>> GetBulkSecretAsync(string store) => null!;
            }
            sealed class KeyVaultSecret { public string Name { get; } = ""; public string Value { get; } = ""; }
            sealed class SecretResponse { public KeyVaultSecret Value { get; } = new(); }
            sealed class SecretClient { public SecretResponse GetSecret(string name) => new(); }
            async System.Threading.Tasks.Task Reported(DaprClient dapr, SecretClient vault)
            {
                var bulk = await dapr.GetBulkSecretAsync("store");
                var kafka = bulk["kafka-sasl"];
                logger.LogDebug("Kafka credentials: {Credentials}", string.Join(", ", [|kafka.Select(entry => $"{entry.Key}={entry.Value}")|]));
                var stored = await dapr.GetSecretAsync("store", "warehouse");
                Console.WriteLine([|stored["warehouse"]|]);
                logger.LogTrace("Vault value {Value}", [|vault.GetSecret("partner-key").Value.Value|]);
            }
            async System.Threading.Tasks.Task Quiet(DaprClient dapr, SecretClient vault)
            {
                var stored = await dapr.GetSecretAsync("store", "warehouse");
                logger.LogDebug("Read {Count} values, {Length} characters", stored.Count, stored["warehouse"].Length);
                logger.LogDebug("Loaded {Name}", vault.GetSecret("partner-key").Value.Name);
            }
            """);

    // A collection built with a secret, written entry by entry, writes the secret: a Kafka client configuration built with
    // its SASL password, a dictionary with an API key, the whole configuration. Its keys, its count, a collection without a
    // secret, a filtered one and a literal placeholder are not.
    [Fact]
    public Task An_entry_of_a_collection_holding_a_secret_is_the_secret() =>
        VerifyEnumeratedAsync("""
            sealed class ProducerConfig : IEnumerable<KeyValuePair<string, string>>
            {
                public string? BootstrapServers { get; set; }
                public string? SaslUsername { get; set; }
                public string? SaslPassword { get; set; }
                public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => null!;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => null!;
            }
            void Reported(string servers, string user, string secret, IConfiguration configuration)
            {
                var config = new ProducerConfig { BootstrapServers = servers, SaslUsername = user, SaslPassword = secret };
                foreach (var (key, value) in config)
                {
                    logger.LogDebug("librdkafka {Key} = {Value}", key, [|value|]);
                }

                var headers = new Dictionary<string, string> { ["Accept"] = "application/json", ["X-Api-Key"] = secret };
                foreach (var header in headers)
                {
                    Console.WriteLine($"{header.Key}: {[|header.Value|]}");
                    logger.LogTrace("Header {Header}", [|header|]);
                }

                foreach (var setting in configuration.AsEnumerable())
                {
                    Console.WriteLine(setting.Key + "=" + [|setting.Value|]);
                }
            }
            void Quiet(string servers, string user, string secret, IConfiguration configuration)
            {
                var config = new ProducerConfig { BootstrapServers = servers, SaslUsername = user, SaslPassword = secret };
                foreach (var (key, value) in config)
                {
                    logger.LogDebug("librdkafka setting {Key}", key);
                }

                foreach (var (key, value) in config.Where(entry => !entry.Key.Contains("password")))
                {
                    logger.LogDebug("librdkafka {Key} = {Value}", key, value);
                }

                var plain = new ProducerConfig { BootstrapServers = servers, SaslUsername = user };
                foreach (var (key, value) in plain)
                {
                    logger.LogDebug("librdkafka {Key} = {Value}", key, value);
                }

                var sample = new Dictionary<string, string> { ["Accept"] = "application/json", ["X-Api-Key"] = "<your key>" };
                foreach (var header in sample)
                {
                    Console.WriteLine($"{header.Key}: {header.Value}");
                }

                foreach (var (name, count) in new Dictionary<string, int> { ["Accept"] = 1 })
                {
                    logger.LogDebug("{Name} {Count}", name, count);
                }

                foreach (var section in configuration.GetChildren())
                {
                    Console.WriteLine(section.Key);
                }
            }
            """);

    private static Task VerifyEnumeratedAsync(string members)
    {
        var test = new Verifier.Test { TestCode = "using Microsoft.Extensions.Configuration;\n" + LoggingSnippets.InLogger(members) };
        test.TestState.Sources.Add("""
            using System.Collections.Generic;

            namespace Microsoft.Extensions.Configuration
            {
                public interface IConfigurationSection { string Key { get; } string? Value { get; } }
                public interface IConfiguration { IEnumerable<IConfigurationSection> GetChildren(); }
                public static class ConfigurationExtensions
                {
                    public static IEnumerable<KeyValuePair<string, string?>> AsEnumerable(this IConfiguration configuration) => null!;
                }
            }
            """);
        test.TestState.AdditionalReferences.Add(LoggingSnippets.Logging);
        return test.RunAsync();
    }

    // The body of a token endpoint's answer holds its tokens (IdentityModel's TokenResponse.Json and .Raw); its error,
    // its expiry and another response's body are not.
    [Fact]
    public Task The_raw_body_of_a_token_response_holds_its_tokens() =>
        VerifyAsync("""
            sealed class TokenResponse { public string? Raw { get; } public System.Text.Json.JsonElement Json { get; } public string? Error { get; } public int ExpiresIn { get; } }
            sealed class UserInfoResponse { public string? Raw { get; } }
            void Reported(TokenResponse tokenResponse)
            {
                Console.WriteLine([|tokenResponse.Json|]);
                logger.LogDebug("Token endpoint answered {Body}", [|tokenResponse.Raw|]);
            }
            void Quiet(TokenResponse tokenResponse, UserInfoResponse userInfo)
            {
                Console.WriteLine(tokenResponse.Error);
                logger.LogDebug("Expires in {Seconds}", tokenResponse.ExpiresIn);
                logger.LogDebug("User info {Body}", userInfo.Raw);
            }
            """);

    // A secret written in another alphabet (hex, Base64, an encoding's bytes) is still the secret; a hash of it, its length
    // and its last characters (a range, shown to tell keys apart) are not. A credentials object's Token is the credential whatever holds it,
    // a paging token's is not; a presigned URL carries its signature. The key of a key pair whose type holds the secret
    // beside it (named for the same owner, ApiKey and ApiSecret) names the account; ApiKey beside ClientSecret does not.
    [Fact]
    public Task Encodings_ranges_credential_tokens_and_presigned_urls_carry_the_secret() =>
        VerifyAsync("""
            sealed class ImmutableCredentials { public string AccessKey { get; } = ""; public string SecretKey { get; } = ""; public string Token { get; } = ""; }
            sealed class PagingResult { public string Token { get; } = ""; }
            sealed class PartnerOptions { public string ApiKey { get; } = ""; public string ClientSecret { get; } = ""; public string Region { get; } = ""; }
            sealed class ExchangeOptions { public string ApiKey { get; } = ""; public string ApiSecret { get; } = ""; }
            void Reported(byte[] signingKey, string clientSecret, string apiToken, ImmutableCredentials resolved, PartnerOptions partner, string presignedUrl, Uri signedUri)
            {
                logger.LogDebug("Partner key {Key}", [|partner.ApiKey|]);
                logger.LogTrace("Derived key {Key}", Convert.ToHexString([|signingKey|]));
                logger.LogTrace("Key {Key}", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes([|apiToken|])));
                Console.WriteLine(BitConverter.ToString([|signingKey|]));
                logger.LogDebug("Session token {Token}", [|resolved.Token|]);
                logger.LogDebug("Secret {Key}", [|resolved.SecretKey|]);
                logger.LogDebug("Presigned link {Url}", [|presignedUrl|]);
                logger.LogDebug("Signed link {Url}", [|signedUri|]);
            }
            void Quiet(byte[] signingKey, byte[] payload, string clientSecret, ImmutableCredentials resolved, PagingResult page, PartnerOptions partner, ExchangeOptions exchange, string presignedUrl)
            {
                logger.LogInformation("Exchange key {Key}", exchange.ApiKey);
                logger.LogTrace("Client secret ends in {Suffix}", clientSecret[^4..]);
                logger.LogTrace("Payload {Payload}", Convert.ToHexString(payload));
                logger.LogTrace("Key fingerprint {Hash}", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(signingKey)));
                logger.LogTrace("Secret has {Length} characters", clientSecret.Length);
                logger.LogInformation("Resolved credentials for access key {AccessKeyId}", resolved.AccessKey);
                logger.LogDebug("Next page {Token}", page.Token);
                logger.LogInformation("Partner in {Region}", partner.Region);
                logger.LogDebug("Link for {Path}", new Uri(presignedUrl).AbsolutePath);
            }
            """);

    // A call named for the secret it returns (after a verb that fetches or makes it) hands it over; a call named for an
    // endpoint, a name, a type or a policy does not, nor does a task logged without await (it prints its type's name).
    [Fact]
    public Task A_call_named_for_the_secret_it_returns_hands_it_over() =>
        VerifyAsync("""
            sealed class SqlHelper
            {
                public string GetConnectionString() => "";
                public string GetTokenEndpoint() => "";
                public string GetSecretName() => "";
                public string GetTokenType() => "";
                public string GetPasswordPolicy() => "";
            }
            sealed class TokenSource { public System.Threading.Tasks.Task<string> GetAccessTokenAsync() => System.Threading.Tasks.Task.FromResult(""); }
            static string BuildBasicCredential() => "";
            async System.Threading.Tasks.Task Reported(SqlHelper sqlHelper, TokenSource tokens)
            {
                logger.LogInformation("Connecting with {ConnectionString}", [|sqlHelper.GetConnectionString()|]);
                logger.LogDebug("Token {Token}", await [|tokens.GetAccessTokenAsync()|]);
                Console.WriteLine([|BuildBasicCredential()|]);
            }
            void Quiet(SqlHelper sqlHelper, TokenSource tokens)
            {
                logger.LogInformation("Token endpoint {Endpoint}", sqlHelper.GetTokenEndpoint());
                logger.LogInformation("Secret {Name} of type {Type}", sqlHelper.GetSecretName(), sqlHelper.GetTokenType());
                logger.LogInformation("Policy {Policy}", sqlHelper.GetPasswordPolicy());
                logger.LogDebug("Pending {Task}", tokens.GetAccessTokenAsync());
                logger.LogDebug("Helper {Helper}", sqlHelper.ToString());
            }
            """);

    // A logger that writes nothing (a benchmark's NullLogger, by type or through a readonly field or a local initialized
    // with it) is no sink, and a name that says the secret was taken out (maskedToken) holds none; a field that can be
    // assigned elsewhere is still a sink.
    [Fact]
    public Task Null_loggers_and_masked_values_write_no_secret() =>
        VerifyAsync("""
            readonly ILogger quiet = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
            ILogger assignable = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
            void Quiet(string apiKey, string maskedToken, string redactedApiKey)
            {
                quiet.LogInformation("GET employees with key {Key}", apiKey);
                Microsoft.Extensions.Logging.Abstractions.NullLogger<Employee>.Instance.LogInformation("Key {Key}", apiKey);
                ILogger local = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
                local.LogDebug("Key {Key}", apiKey);
                logger.LogInformation("Refreshed {MaskedToken} {Redacted}", maskedToken, redactedApiKey);
            }
            void Reported(string apiKey) => assignable.LogInformation("Key {Key}", [|apiKey|]);
            """);

    // An interpolation or concatenation of constants is a constant itself; a secret constant inside it is still written.
    [Fact]
    public Task A_secret_constant_inside_a_constant_interpolation_is_written() =>
        VerifyAsync("""
            const string PartnerApiKey = "0e62b39b";
            const string Partner = "ketterly";
            void Reported() => Console.WriteLine($"Answered for restricted key {[|PartnerApiKey|]} of {Partner}");
            void Concatenated() => throw new InvalidOperationException("Sign-in failed with key " + [|PartnerApiKey|]);
            void Quiet() => Console.WriteLine($"Answered for {Partner}");
            """);

    // A constant that holds a provider's key by its format is a secret whatever its name says ("restricted key" is not
    // one of SC1001's key names); a constant of another provider's publishable format is not.
    [Fact]
    public Task A_constant_in_a_provider_format_is_a_secret_whatever_its_name() =>
        VerifyAsync($$"""
            const string StripeRestrictedKey = "{{SecureConnectors.Analyzers.Tests.Infrastructure.Fake.Token("rk_live_", 24)}}";
            const string StripePublishable = "{{SecureConnectors.Analyzers.Tests.Infrastructure.Fake.Token("pk_live_", 24)}}";
            void Reported(int status) => Console.WriteLine($"Stripe answered {status} for restricted key {[|StripeRestrictedKey|]}");
            void Quiet(int status) => Console.WriteLine($"Stripe answered {status} for {StripePublishable}");
            """);

    // A value read by a constant key that says secret (a configuration path's last segment, a command-line switch, an
    // environment variable) is the secret; a key that names something else, or a key computed at run time, is not.
    [Fact]
    public Task A_value_read_by_a_key_that_says_secret_is_the_secret() =>
        VerifyAsync("""
            sealed class Settings { public string? this[string key] => null; }
            sealed class Arguments { public string this[string key] => ""; }
            void Reported(Settings configuration, Arguments arguments)
            {
                logger.LogInformation("Stripe key {Key}", [|configuration["Stripe:ApiKey"]|]);
                Console.WriteLine("[*] Using password : {0}", [|arguments["/password"]|]);
                logger.LogDebug("Token {Token}", [|Environment.GetEnvironmentVariable("PARTNER_API_TOKEN")|]);
            }
            void Quiet(Settings configuration, Arguments arguments, string name)
            {
                logger.LogInformation("Stripe endpoint {Url}", configuration["Stripe:BaseUrl"]);
                Console.WriteLine("[*] Target : {0}", arguments["/target"]);
                logger.LogDebug("Setting {Value}", configuration[name]);
                logger.LogDebug("Page {Token}", configuration["Paging:NextPageToken"]);
                logger.LogDebug("Home {Home}", Environment.GetEnvironmentVariable("HOME"));
            }
            """);

    // C# 13's params ReadOnlySpan<object?> (.NET 9's Console.WriteLine and string.Format overloads): the values after
    // the format are written one by one, as a params array's are; a span the caller built is not expanded.
    [Fact]
    public Task The_values_a_params_span_collects_are_written() =>
        VerifyAsync("""
            static class Log
            {
                public static void Info(string format, params ReadOnlySpan<object?> values) { }
            }
            void Reported(System.Net.NetworkCredential credential, string file)
            {
                Log.Info("Uploading {0} as {1}:{2}", file, credential.UserName, [|credential.Password|]);
            }
            void Quiet(System.Net.NetworkCredential credential, string file)
            {
                Log.Info("Uploading {0} as {1} ({2} characters)", file, credential.UserName, credential.Password.Length);
            }
            """);

    // A parser's token (PSReadLine's key chords): compared with words, set to one; a credential is checked for absence only.
    [Fact]
    public Task A_token_the_method_compares_with_words_is_a_piece_of_parsed_text() =>
        VerifyAsync("""
            void Parse(Stack<string> tokens)
            {
                string token = tokens.Pop();
                if (token == "ctrl") { token = "control"; }
                throw new ArgumentException("Unrecognized key '" + token + "'");
            }
            void Keyword(string token)
            {
                switch (token) { case "and": case "or": return; }
                throw new FormatException($"Unexpected token {token}");
            }
            void Modifier(string nextToken)
            {
                if (!nextToken.Equals("shift")) Console.WriteLine(nextToken);
            }
            void Credential(string token)
            {
                if (token == "" || token == null) return;
                logger.LogDebug("Using {Token}", [|token|]);
            }
            void Refreshed(string accessToken, string token)
            {
                if (token == "ctrl") return;
                logger.LogDebug("Access {Token}", [|accessToken|]);
            }
            """);

    [Fact]
    public Task A_serialized_object_carries_the_secrets_it_holds_into_the_log() =>
        VerifyAsync(SerializedObjectsSource.Replace("MARK", "[|").Replace("END", "|]"));

    // Look-alike attributes of the project's own that take arrays (TypedConstant.Value throws for one) are read without
    // throwing: the array is no opt-in contract; an ignore attribute still ignores its member by name.
    [Fact]
    public Task Own_serialization_attributes_with_arrays_are_read_without_throwing() =>
        VerifyAsync("""
            sealed class JsonObjectAttribute : Attribute { public JsonObjectAttribute(params int[] members) { } }
            sealed class JsonIgnoreAttribute : Attribute { public int[] Condition { get; set; } = [1]; }
            [JsonObject(1, 2)]
            sealed class Login { public string User { get; set; } = ""; [JsonIgnore(Condition = new[] { 0 })] public string Password { get; set; } = ""; public string ApiToken { get; set; } = ""; }
            void M(Login login) => logger.LogDebug("Login {Body}", [|System.Text.Json.JsonSerializer.Serialize(login)|]);
            """);

    // Newtonsoft's JsonConvert.SerializeObject writes the same way; [JsonIgnore] and an opt-in contract leave a member out.
    [Fact]
    public async Task Newtonsoft_serialization_carries_the_secrets_it_holds_into_the_log()
    {
        var test = new Verifier.Test
        {
            TestCode = LoggingSnippets.InLogger("""
                sealed class LoginRequest { public string User { get; set; } = ""; public string Password { get; set; } = ""; }
                sealed class HiddenLogin { public string User { get; set; } = ""; [Newtonsoft.Json.JsonIgnore] public string Password { get; set; } = ""; }
                [Newtonsoft.Json.JsonObject(Newtonsoft.Json.MemberSerialization.OptIn)]
                sealed class OptInLogin { [Newtonsoft.Json.JsonProperty] public string User { get; set; } = ""; public string Password { get; set; } = ""; }
                void M(LoginRequest login, HiddenLogin hidden, OptInLogin optIn)
                {
                    logger.LogDebug("Login {Body}", [|Newtonsoft.Json.JsonConvert.SerializeObject(login)|]);
                    logger.LogDebug("Login {Body} {Other}", Newtonsoft.Json.JsonConvert.SerializeObject(hidden), Newtonsoft.Json.JsonConvert.SerializeObject(optIn));
                }
                """),
        };
        test.TestState.Sources.Add(("Newtonsoft.cs", """
            namespace Newtonsoft.Json
            {
                public enum MemberSerialization { OptOut = 0, OptIn = 1, Fields = 2 }
                public static class JsonConvert { public static string SerializeObject(object? value) => ""; }
                [System.AttributeUsage(System.AttributeTargets.All)] public sealed class JsonIgnoreAttribute : System.Attribute { }
                [System.AttributeUsage(System.AttributeTargets.All)] public sealed class JsonPropertyAttribute : System.Attribute { }
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class JsonObjectAttribute : System.Attribute { public JsonObjectAttribute(MemberSerialization memberSerialization) { } }
            }
            """));
        test.TestState.AdditionalReferences.Add(LoggingSnippets.Logging);
        await test.RunAsync();
    }

    [Theory]
    [InlineData("void M(Repository repository) => logger.LogInformation(\"Owner {Login}\", [|repository.Owner!.Login|]);")]
    [InlineData("void M(Repository repository) => logger.LogInformation(\"Owner {Login}\", [|repository.Owner?.Login|]);")]
    [InlineData("void M(Repository? repository) => Console.WriteLine([|repository?.Owner?.Login|]);")]
    [InlineData("void M(Repository repository) => Console.WriteLine($\"First {[|repository.Collaborators[0].Login|]}\");")]
    [InlineData("void M(Repository repository) => logger.LogInformation(\"Mailing {Emails}\", [|repository.Emails|]);")]
    [InlineData("void M(Employee? employee) => Console.WriteLine([|employee?.WorkEmail|]);")]
    // A projection of the nested type: Account is held by personal fields (Repository.Owner, Collaborators).
    [InlineData("void M(AccountView account) => logger.LogInformation(\"Replying to {Account}\", [|account|]);")]
    [InlineData("void M(AccountView account) => Console.WriteLine([|account.Login|]);")]
    public Task Reports_a_nested_field_that_inherits_a_personal_classification(string members) =>
        VerifyAsync(members);

    [Theory]
    [InlineData("void M(Repository repository) => logger.LogInformation(\"Owner type {Type}\", repository.Owner!.Type);")]
    [InlineData("void M(Repository repository) => logger.LogInformation(\"Owner type {Type}\", repository.Owner?.Type);")]
    [InlineData("void M(Repository repository) => logger.LogInformation(\"Topic {Name}\", repository.Topics[0].Name);")]
    [InlineData("void M(Repository? repository) => logger.LogInformation(\"Repository {Name}\", repository?.Name);")]
    [InlineData("void M(Repository repository) => logger.LogInformation(\"Has owner {HasOwner}\", repository.Owner is not null);")]
    [InlineData("void M(Repository repository) => logger.LogInformation(\"{Count} collaborators\", repository.Collaborators.Count);")]
    [InlineData("void M(Repository repository) => Console.WriteLine(repository.Owner);")]
    [InlineData("void M(Repository repository) => logger.LogInformation(\"{Collaborators}\", repository.Collaborators);")]
    [InlineData("void M(AccountView account) => logger.LogInformation(\"Account type {Type}\", account.Type);")]
    // Topic is held only by an unclassified field of a top-level resource: nothing personal to inherit.
    [InlineData("void M(TopicView topic) => logger.LogInformation(\"Topic {Topic}\", topic);")]
    [InlineData("void M(TopicView topic) => Console.WriteLine(topic.Name);")]
    public Task Stays_quiet_on_nested_fields_that_are_not_personal(string members) =>
        VerifyAsync(members);

    [Theory]
    [InlineData("void M(string password) => logger.LogInformation(\"Password length {Length}\", password.Length);")]
    [InlineData("void M(string password) => logger.LogInformation(\"Missing {Name}\", nameof(password));")]
    [InlineData("void M() => logger.LogInformation(\"{Type} {Policy}\", options.TokenType, options.PasswordPolicy);")]
    [InlineData("void M(DirectoryEntry entry) => logger.LogInformation(\"Read {Id} {Name} {Team}\", entry.Id, entry.DisplayName, entry.Team);")]
    [InlineData("void M(TeamEntry entry) => logger.LogInformation($\"Read {entry}\");")]
    [InlineData("void M(SecretString secret) => logger.LogInformation(\"Secret {Secret}\", secret);")]
    [InlineData("void M(ConnectorCredential credential) => logger.LogInformation(\"Using {Credential}\", credential);")]
    [InlineData("void M(System.Threading.CancellationToken cancellationToken) => logger.LogInformation(\"{Token}\", cancellationToken);")]
    [InlineData("void M(string password) => throw new ArgumentException(\"Too short\", nameof(password));")]
    [InlineData("void M(string password) { var valid = password.Length > 8; Console.WriteLine(valid); }")]
    [InlineData("void M(string password, string user) => Console.WriteLine(user);")]
    [InlineData("string M(string password) => $\"{password}\";")]
    [InlineData("void M(string apiKeyHash, string password) => logger.LogInformation(\"Key fingerprint {Hash}\", apiKeyHash);")]
    [InlineData("void M(string password, System.IO.TextWriter writer) => writer.WriteLine(password.Length);")]
    [InlineData("void M(string nextPageToken, string continuationToken) => logger.LogDebug(\"Next {Page} {Continuation}\", nextPageToken, continuationToken);")]
    [InlineData("void M(HttpRequestMessage request) => logger.LogDebug(\"Scheme {Scheme}\", request.Headers.Authorization?.Scheme);")]
    [InlineData("void M(string apiToken) { using var scope = logger.BeginScope(new Dictionary<string, object> { [\"TokenLength\"] = apiToken.Length, [\"Partner\"] = \"ketterly\" }); }")]
    [InlineData("void M(string password) { var probe = new Probe { Password = password }; logger.LogInformation(\"Probe {Probe}\", probe); }")]
    [InlineData("void M(OAuthResponse response) => logger.LogDebug(\"Next page {Token} {Type}\", response.NextPageToken.Token, response.AccessToken.TokenType);")]
    [InlineData("void M(HttpRequestMessage request) => logger.LogDebug(\"Headers: {Headers}\", string.Join(\"; \", request.Headers.Where(h => h.Key != \"Authorization\").Select(h => h.Key)));")]
    [InlineData("void M(HttpResponseMessage response) => logger.LogDebug(\"Headers: {Headers}\", response.Headers);")]
    [InlineData("void M(string connectionStringName, string sasPolicy) => logger.LogInformation(\"{Name} {Policy}\", connectionStringName, sasPolicy);")]
    public Task Stays_quiet_on_look_alikes(string members) =>
        VerifyAsync(members);

    // Other logging libraries and a project's own facade, known by their names: QuantConnect's static Log.Trace, NLog's
    // Logger.Info, log4net's ILog.DebugFormat, Ocelot's IOcelotLogger. A type whose name only ends in the letters "log"
    // (Catalog), a log type's method that is not a level (AuditLog.Record), and a value whose name says no secret are not.
    private const string LoggingFacades = """
        static class Log { public static void Trace(string message) { } }
        sealed class Logger { public void Info(string message, params object[] args) { } }
        interface ILog { void DebugFormat(string format, params object[] args); }
        interface IOcelotLogger { void LogWarning(string message); }
        static class Catalog { public static void Write(string entry) { } }
        static class AuditLog { public static void Record(string entry) { } }
        readonly Logger nlog = new();
        readonly ILog log4 = null!;
        readonly IOcelotLogger ocelot = null!;
        """;

    [Fact]
    public Task Other_logging_libraries_and_facades_are_sinks() =>
        VerifyAsync(LoggingFacades + """
            void Refreshed(string accessToken, string refreshToken) => Log.Trace("SESSION REFRESHED: Access: " + [|accessToken|] + " Refresh: " + [|refreshToken|]);
            void Signed(string password) => nlog.Info("user signed in with {0}", [|password|]);
            void Called(string apiToken) => log4.DebugFormat("token {0}", [|apiToken|]);
            void Failed(string clientSecret) => ocelot.LogWarning($"secret {[|clientSecret|]} rejected");
            void Listed(string apiToken) => Catalog.Write(apiToken);
            void Audited(string apiToken) => AuditLog.Record(apiToken);
            void Typed(string tokenType) => Log.Trace("token type " + tokenType);
            """);

    // A constant whose name says secret and whose value is a key (a tutorial's OMDb key) is that key, written out; a
    // constant that holds a name is not. ASP.NET Core's Request.Headers.Authorization and ["Authorization"] are the
    // credential a caller sent; another header is not.
    [Fact]
    public Task Secret_constants_and_a_request_s_authorization_header_reach_a_log() =>
        VerifyAsync("""
            const string ApiKey = "0e62b39b";
            const string AccessToken = "access_token";
            const string ClientSecret = "";
            interface IHeaderDictionary { string Authorization { get; } string UserAgent { get; } string this[string key] { get; } }
            sealed class WebRequest { public IHeaderDictionary Headers { get; } = null!; }
            void Lookup(string title) => Console.WriteLine($"lookup {title} with key {[|ApiKey|]}");
            void Field() => logger.LogInformation("field {Field}", AccessToken);
            void Empty() => logger.LogInformation("secret {Secret}", ClientSecret);
            void Me(WebRequest request) => logger.LogDebug("GET /me with {Authorization}", [|request.Headers.Authorization|].ToString());
            void Indexed(WebRequest request) => logger.LogDebug("auth {Value}", [|request.Headers["Authorization"]|]);
            void Agent(WebRequest request) => logger.LogDebug("agent {Value} {Other}", request.Headers.UserAgent, request.Headers["Accept"]);
            """);

    [Fact]
    public Task A_logger_message_parameter_is_a_sink() =>
        VerifyAsync("""
            [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Signed in with {Token}")]
            private static partial void SignedIn(ILogger logger, string token);

            [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Signed in {Id}")]
            private static partial void SignedInId(ILogger logger, string id);

            void M(string token, string id) { SignedIn(logger, [|token|]); SignedInId(logger, id); }

            private static partial void SignedIn(ILogger logger, string token) { }
            private static partial void SignedInId(ILogger logger, string id) { }
            """);

    [Fact]
    public Task The_message_names_the_value_and_the_sink() =>
        VerifyAsync(
            "void M(DirectoryEntry entry) => Console.WriteLine({|#0:entry.WorkEmail|});",
            Verifier.Diagnostic(DiagnosticIds.SecretWrittenToLog).WithLocation(0).WithArguments("Personal field", "WorkEmail", "Console.WriteLine"));

    [Fact]
    public async Task Half_typed_log_calls_do_not_throw()
    {
        await IncompleteCode.AnalyzeAsync(
            """
            using System;
            using SecureConnectors;
            class C
            {
                void M(SecretString secret, string password)
                {
                    Console.WriteLine($"{secret.Reveal( } {password");
                    var line = "x" + ;
                    Console.WriteLine(line
                    throw new InvalidOperationException(password +
            """,
            new SecretWrittenToLogAnalyzer());
    }
}
