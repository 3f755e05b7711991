using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ToolShapes.Keystile.AspNetCore.Authentication.Basic;

public sealed class BasicUser
{
    public string UserName { get; set; } = "";

    /// <summary>Plain password, for the small internal tools this package was written for.</summary>
    public string? Password { get; set; }

    /// <summary>Upper-case hex SHA-256 of the password, the recommended form.</summary>
    public string? PasswordSha256 { get; set; }
}

public sealed class BasicAuthenticationOptions : AuthenticationSchemeOptions
{
    public const string DefaultScheme = "Basic";

    public string Realm { get; set; } = "Keystile";

    public List<BasicUser> Users { get; set; } = [];
}

public sealed class BasicAuthenticationHandler(IOptionsMonitor<BasicAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<BasicAuthenticationOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        Logger.LogDebug("Basic authentication header {Authorization}", Request.Headers.Authorization.ToString());  // expect: log

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return Task.FromResult(AuthenticateResult.Fail("Malformed Basic credentials"));
        }

        var separator = decoded.IndexOf(':');
        if (separator < 0)
        {
            return Task.FromResult(AuthenticateResult.Fail("Malformed Basic credentials"));
        }

        var username = decoded[..separator];
        var password = decoded[(separator + 1)..];
        var user = Options.Users.FirstOrDefault(u => string.Equals(u.UserName, username, StringComparison.OrdinalIgnoreCase));  // expect: none
        if (user is null)
        {
            Logger.LogInformation("Unknown Basic user {User}", username);
            return Task.FromResult(AuthenticateResult.Fail("Invalid user name or password"));
        }

        var valid = user.PasswordSha256 is not null
            ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password))) == user.PasswordSha256  // expect: timing
            : user.Password == password;  // expect: timing
        if (!valid)
        {
            Logger.LogInformation("Wrong password for Basic user {User}", username);
            return Task.FromResult(AuthenticateResult.Fail("Invalid user name or password"));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.UserName)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), null, Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers["WWW-Authenticate"] = $"Basic realm=\"{Options.Realm}\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }
}
