using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TestShapes.Quillmere.Tests.Common;

public sealed class TestAuthOptions : AuthenticationSchemeOptions
{
    public string DefaultUserId { get; set; } = "test-admin";

    public string DefaultRole { get; set; } = "payroll-admin";
}

/// <summary>
/// Authenticates every request to the in-process API as the user named in <c>X-Test-User</c> (or the default one), so
/// that the integration tests need no identity provider.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<TestAuthOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<TestAuthOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    public const string UserHeader = "X-Test-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var userId = Request.Headers.TryGetValue(UserHeader, out var user) ? user.ToString() : Options.DefaultUserId;
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Role, Options.DefaultRole)],
            SchemeName);
        Logger.LogDebug("Authenticated test user {UserId} with role {Role}", userId, Options.DefaultRole);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), null, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(ticket));
    }
}
