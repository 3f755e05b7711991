using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime.Credentials;

/// <summary>The provider on its own: what it sends to the token endpoint, what it refuses, what it keeps.</summary>
public sealed class ClientCredentialsProviderTests
{
    private static readonly CredentialRequest People = new("test-oauth-hris", new[] { "people:read" }, "tenant-a");

    [Fact]
    public async Task The_client_authenticates_with_http_basic_of_its_form_encoded_id_and_secret()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        const string id = "client id:1";
        const string secret = "synthetic+/:é secret";
        var provider = endpoint.Provider(configure: o => { o.ClientId = id; o.ClientSecret = new SecretString(secret); });

        await provider.GetCredentialAsync(People, CancellationToken.None);

        var request = Assert.Single(endpoint.Server.Requests);
        Assert.StartsWith("Basic ", request.Headers["Authorization"], StringComparison.Ordinal);
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(request.Headers["Authorization"]["Basic ".Length..]));

        // RFC 6749 2.3.1: each part form-urlencoded, so the ':' inside the id cannot split it.
        Assert.Equal("client+id%3A1:synthetic%2B%2F%3A%C3%A9+secret", decoded);
        var parts = decoded.Split(':');
        Assert.Equal((id, secret), (Decode(parts[0]), Decode(parts[1])));
        var form = Assert.Single(endpoint.Forms);
        Assert.False(form.ContainsKey("client_secret"));
        Assert.False(form.ContainsKey("client_id"));
        Assert.StartsWith("application/x-www-form-urlencoded", request.Headers["Content-Type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_client_can_send_its_credentials_in_the_body_instead()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        var provider = endpoint.Provider(configure: o => o.SendClientCredentialsInBody = true);

        await provider.GetCredentialAsync(People, CancellationToken.None);

        var request = Assert.Single(endpoint.Server.Requests);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        var form = Assert.Single(endpoint.Forms);
        Assert.Equal(TokenEndpoint.ClientId, form["client_id"]);
        Assert.Equal(TokenEndpoint.SecretValue, form["client_secret"]);
    }

    [Fact]
    public async Task Scopes_are_sorted_deduplicated_joined_by_the_separator_and_the_audience_is_sent_when_set()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        var plain = endpoint.Provider();
        var custom = endpoint.Provider(configure: o => { o.ScopeSeparator = ","; o.Audience = "https://api.test.example"; });
        var request = new CredentialRequest("test-oauth-hris", new[] { "people:read", "notes:write", "people:read" }, null);

        await plain.GetCredentialAsync(request, CancellationToken.None);
        await custom.GetCredentialAsync(request, CancellationToken.None);

        Assert.Equal("notes:write people:read", endpoint.Forms[0]["scope"]);
        Assert.False(endpoint.Forms[0].ContainsKey("audience"));
        Assert.Equal("notes:write,people:read", endpoint.Forms[1]["scope"]);
        Assert.Equal("https://api.test.example", endpoint.Forms[1]["audience"]);
    }

    [Fact]
    public async Task A_call_that_needs_no_scope_sends_no_scope_field()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();

        await endpoint.Provider().GetCredentialAsync(new CredentialRequest("test-oauth-hris", Array.Empty<string>(), null), CancellationToken.None);

        Assert.False(Assert.Single(endpoint.Forms).ContainsKey("scope"));
    }

    [Fact]
    public async Task The_same_scopes_in_another_order_share_a_token_but_another_connector_does_not()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        var provider = endpoint.Provider();

        var first = await provider.GetCredentialAsync(new CredentialRequest("a", new[] { "x:read", "y:read" }, null), CancellationToken.None);
        var reordered = await provider.GetCredentialAsync(new CredentialRequest("a", new[] { "y:read", "x:read" }, null), CancellationToken.None);
        var otherConnector = await provider.GetCredentialAsync(new CredentialRequest("b", new[] { "x:read", "y:read" }, null), CancellationToken.None);

        Assert.Same(first, reordered);
        Assert.NotSame(first, otherConnector);
        Assert.Equal(2, endpoint.Server.Requests.Count);
    }

    [Fact]
    public async Task A_forced_refresh_skips_the_cache_and_replaces_the_entry()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        var provider = endpoint.Provider();

        var first = await provider.GetCredentialAsync(People, CancellationToken.None);
        var forced = await provider.GetCredentialAsync(
            new CredentialRequest(People.Connector, People.Scopes, People.Tenant) { ForceRefresh = true }, CancellationToken.None);
        var after = await provider.GetCredentialAsync(People, CancellationToken.None);

        Assert.Equal(TokenEndpoint.Issued(1), first.Secret.Reveal());
        Assert.Equal(TokenEndpoint.Issued(2), forced.Secret.Reveal());
        Assert.Same(forced, after);
        Assert.Equal(2, endpoint.Server.Requests.Count);
    }

    [Fact]
    public async Task The_credential_is_a_bearer_token_that_expires_when_the_answer_says()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        endpoint.ExpiresIn = 900;
        var before = DateTimeOffset.UtcNow;

        var credential = await endpoint.Provider().GetCredentialAsync(People, CancellationToken.None);

        Assert.Equal(CredentialKind.Bearer, credential.Kind);
        Assert.InRange(credential.ExpiresAt, before.AddSeconds(900), DateTimeOffset.UtcNow.AddSeconds(900));
        Assert.DoesNotContain(TokenEndpoint.Issued(1), credential.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401, """{"error":"invalid_client"}""", "invalid_client")]
    [InlineData(400, """{"error":"invalid_scope","error_description":"people:read is not allowed"}""", "invalid_scope")]
    [InlineData(500, "<html>oops</html>", "HTTP 500")]
    [InlineData(200, """{"error":"unauthorized_client"}""", "unauthorized_client")]
    [InlineData(200, "not json", "without a JSON token response")]
    [InlineData(200, """{"token_type":"Bearer","expires_in":60}""", "no access_token")]
    [InlineData(200, """{"access_token":"synthetic-access-token-9","token_type":"mac"}""", "bearer")]
    [InlineData(200, """{"access_token":"synthetic-access-token-9"}""", "bearer")]
    [InlineData(200, """{"access_token":"synthetic-access-token-9","token_type":"Bearer","expires_in":0}""", "expires_in")]
    [InlineData(200, """{"access_token":"synthetic-access-token-9","token_type":"Bearer","expires_in":"soon"}""", "expires_in")]
    [InlineData(400, """{"error":"bad <script> code"}""", "(unreadable)")]
    public async Task A_token_endpoint_error_is_a_credential_exception_that_shows_neither_secret_nor_token(int status, string body, string expected)
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        endpoint.Server.Respond = c => LocalProvider.Json(c, body, status);
        var provider = endpoint.Provider(configure: o => o.SendClientCredentialsInBody = true);

        var failure = await Assert.ThrowsAsync<CredentialException>(async () => await provider.GetCredentialAsync(People, CancellationToken.None));

        Assert.Contains(expected, failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TokenEndpoint.SecretValue, failure.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("synthetic-access-token", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_string_expires_in_is_read_as_seconds()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        endpoint.Server.Respond = c => LocalProvider.Json(c, """{"access_token":"synthetic-access-token-1","token_type":"bearer","expires_in":"300"}""");
        var before = DateTimeOffset.UtcNow;

        var credential = await endpoint.Provider().GetCredentialAsync(People, CancellationToken.None);

        Assert.InRange(credential.ExpiresAt, before.AddSeconds(300), DateTimeOffset.UtcNow.AddSeconds(300));
    }

    [Theory]
    [InlineData("http://auth.test.example/oauth/token", true)]
    [InlineData("http://127.0.0.1:9/oauth/token", false)]
    public void A_plain_http_token_endpoint_is_refused_when_the_provider_is_built(string address, bool allowLoopbackHttp)
    {
        var handler = new CountingHandler();

        var refused = Assert.Throws<InsecureTransportException>(() => new ClientCredentialsProvider(
            new HttpClient(handler),
            new ClientCredentialsOptions
            {
                TokenEndpoint = new Uri(address),
                ClientId = TokenEndpoint.ClientId,
                ClientSecret = new SecretString(TokenEndpoint.SecretValue),
                AllowLoopbackHttp = allowLoopbackHttp,
            }));

        Assert.Equal("http", refused.Scheme);
        Assert.Equal(0, handler.Sent);
    }

    [Fact]
    public async Task Loopback_http_is_allowed_only_with_the_option()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();

        Assert.Throws<InsecureTransportException>(() => endpoint.Provider(configure: o => o.AllowLoopbackHttp = false));
        await endpoint.Provider().GetCredentialAsync(People, CancellationToken.None);

        Assert.Single(endpoint.Server.Requests);
    }

    [Theory]
    [InlineData(false, "ClientId")]
    [InlineData(true, "ClientSecret")]
    public void Options_without_an_id_or_a_secret_are_refused_without_naming_the_secret(bool withId, string expected)
    {
        var id = withId ? TokenEndpoint.ClientId : "";
        var secret = withId ? "" : TokenEndpoint.SecretValue;
        var refused = Assert.Throws<ArgumentException>(() => new ClientCredentialsProvider(
            new HttpClient(new CountingHandler()),
            new ClientCredentialsOptions { TokenEndpoint = new Uri("https://auth.test.example/token"), ClientId = id, ClientSecret = new SecretString(secret) }));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenEndpoint.SecretValue, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_or_user_info_token_endpoint_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ClientCredentialsProvider(new HttpClient(), new ClientCredentialsOptions
        {
            TokenEndpoint = new Uri("/oauth/token", UriKind.Relative), ClientId = "c", ClientSecret = new SecretString("s"),
        }));
        Assert.Throws<ArgumentException>(() => new ClientCredentialsProvider(new HttpClient(), new ClientCredentialsOptions
        {
            TokenEndpoint = new UriBuilder("https", "auth.test.example") { UserName = "c", Password = "s", Path = "token" }.Uri,
            ClientId = "c",
            ClientSecret = new SecretString("s"),
        }));
    }

    [Fact]
    public async Task A_scope_that_would_read_as_two_is_refused_before_any_token_request()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();

        await Assert.ThrowsAsync<CredentialException>(async () =>
            await endpoint.Provider().GetCredentialAsync(new CredentialRequest("c", new[] { "people:read admin" }, null), CancellationToken.None));

        Assert.Empty(endpoint.Server.Requests);
    }

    [Fact]
    public async Task A_redirect_from_the_token_endpoint_is_not_followed()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        endpoint.Server.Respond = c =>
        {
            c.Response.StatusCode = 307;
            c.Response.Headers.Location = "/elsewhere/token";
            return Task.CompletedTask;
        };

        var failure = await Assert.ThrowsAsync<CredentialException>(async () =>
            await endpoint.Provider(configure: o => o.SendClientCredentialsInBody = true).GetCredentialAsync(People, CancellationToken.None));

        Assert.Contains("307", failure.Message, StringComparison.Ordinal);
        Assert.Single(endpoint.Server.Requests);
    }

    [Fact]
    public async Task An_answer_the_handler_reached_by_following_a_redirect_itself_is_refused()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        var issue = endpoint.Server.Respond;
        endpoint.Server.Respond = c =>
        {
            if (c.Request.Path == "/oauth/token")
            {
                c.Response.StatusCode = 307;
                c.Response.Headers.Location = "/elsewhere/token";
                return Task.CompletedTask;
            }

            return issue(c);
        };
        var following = new ClientCredentialsProvider(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true }), endpoint.Options());

        await Assert.ThrowsAsync<InsecureTransportException>(async () => await following.GetCredentialAsync(People, CancellationToken.None));

        Assert.Equal(new[] { "/oauth/token", "/elsewhere/token" }, endpoint.Server.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task A_waiter_that_gives_up_does_not_cancel_the_shared_request()
    {
        await using var endpoint = await TokenEndpoint.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        endpoint.BeforeAnswer = () => release.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var provider = endpoint.Provider();
        using var impatient = new CancellationTokenSource();

        var givesUp = provider.GetCredentialAsync(People, impatient.Token).AsTask();
        var waits = provider.GetCredentialAsync(People, CancellationToken.None).AsTask();
        impatient.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => givesUp);
        release.SetResult();

        Assert.Equal(TokenEndpoint.Issued(1), (await waits).Secret.Reveal());
        Assert.Single(endpoint.Server.Requests);
    }

    [Fact]
    public async Task An_unreachable_token_endpoint_is_a_credential_exception()
    {
        var endpoint = await TokenEndpoint.StartAsync();
        var provider = endpoint.Provider();
        await endpoint.DisposeAsync();

        await Assert.ThrowsAsync<CredentialException>(async () => await provider.GetCredentialAsync(People, CancellationToken.None));
    }

    private static string Decode(string formEncoded) => Uri.UnescapeDataString(formEncoded.Replace('+', ' '));

    private sealed class CountingHandler : HttpMessageHandler
    {
        public int Sent { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sent++;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
