using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using SecureConnectors.Generator.Tests.Connectors.LeastPrivilege;
using SecureConnectors.Generator.Tests.Infrastructure;

namespace SecureConnectors.Generator.Tests.Runtime.Credentials;

/// <summary>
/// A local OAuth token endpoint (Kestrel on 127.0.0.1) that issues numbered synthetic tokens, and the API it guards,
/// which answers the test-oauth-hris connector and records which token each request carried.
/// </summary>
internal sealed class TokenEndpoint : IAsyncDisposable
{
    public const string ClientId = "connector-client";

    // Plainly synthetic: never a real secret or token ("fake" is a placeholder word SC1001 knows).
    public static readonly string SecretValue = "fake-client-secret-" + new string('0', 4);

    private int issued;

    private TokenEndpoint(LocalProvider server, LocalProvider api)
    {
        Server = server;
        Api = api;
    }

    public LocalProvider Server { get; }

    public LocalProvider Api { get; }

    public Uri Address => new(Server.Root, "oauth/token");

    /// <summary>The <c>expires_in</c> of the next answers; null leaves it out.</summary>
    public int? ExpiresIn { get; set; } = 600;

    /// <summary>Awaited before each token is issued (a test holds the answer back with it).</summary>
    public Func<Task> BeforeAnswer { get; set; } = () => Task.CompletedTask;

    /// <summary>The token answer's form fields, one dictionary per request.</summary>
    public IReadOnlyList<Dictionary<string, string>> Forms =>
        Server.Requests.Select(r => QueryHelpers.ParseQuery(r.Body).ToDictionary(p => p.Key, p => p.Value.ToString())).ToList();

    /// <summary>The Authorization header of each API request.</summary>
    public IReadOnlyList<string> TokensSentToApi =>
        Api.Requests.Select(r => r.Headers.TryGetValue("Authorization", out var value) ? value : "").ToList();

    /// <summary>The access token the endpoint issued as its <paramref name="number"/>th.</summary>
    public static string Issued(int number) => "synthetic-access-token-" + number;

    public static async Task<TokenEndpoint> StartAsync()
    {
        var server = await LocalProvider.StartAsync();
        var api = await LocalProvider.StartAsync(AnswerApi);
        var endpoint = new TokenEndpoint(server, api);
        server.Respond = endpoint.IssueAsync;
        return endpoint;
    }

    public ClientCredentialsOptions Options(Action<ClientCredentialsOptions>? configure = null)
    {
        var options = new ClientCredentialsOptions
        {
            TokenEndpoint = Address,
            ClientId = ClientId,
            ClientSecret = new SecretString(SecretValue),
            AllowLoopbackHttp = true,
        };
        configure?.Invoke(options);
        return options;
    }

    public ClientCredentialsProvider Provider(TimeProvider? time = null, Action<ClientCredentialsOptions>? configure = null) =>
        new(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), Options(configure), time);

    public TestOAuthHrisClient Client(ICredentialProvider credentials, RecordingAuditSink? audit = null, Action<ConnectorOptions>? configure = null) =>
        new(Clients.Http(new Uri(Api.Root, "v1/")), credentials, audit, Clients.Options(configure));

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Api.DisposeAsync();
    }

    private async Task IssueAsync(HttpContext context)
    {
        await BeforeAnswer();
        var number = Interlocked.Increment(ref issued);
        var expiresIn = ExpiresIn is { } seconds ? ",\"expires_in\":" + seconds : "";
        await LocalProvider.Json(context, "{\"access_token\":\"" + Issued(number) + "\",\"token_type\":\"Bearer\"" + expiresIn + "}");
    }

    private static Task AnswerApi(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        }

        return path.Contains("/payslips/", StringComparison.Ordinal)
            ? LocalProvider.Json(context, """{"id":"s-1","net":12.5}""")
            : LocalProvider.Json(context, """{"id":"p-1","name":"Ada Example"}""");
    }
}
