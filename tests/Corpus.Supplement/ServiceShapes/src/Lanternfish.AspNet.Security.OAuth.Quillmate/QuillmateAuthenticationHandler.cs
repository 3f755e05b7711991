using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lanternfish.AspNet.Security.OAuth.Quillmate;

public partial class QuillmateAuthenticationHandler(
    IOptionsMonitor<QuillmateAuthenticationOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder) : OAuthHandler<QuillmateAuthenticationOptions>(options, logger, encoder)
{
    protected override async Task<OAuthTokenResponse> ExchangeCodeAsync(OAuthCodeExchangeContext context)
    {
        // Quillmate wants the client credentials in the form body, not in a Basic header.
        var parameters = new Dictionary<string, string>
        {
            ["client_id"] = Options.ClientId,
            ["client_secret"] = Options.ClientSecret,
            ["redirect_uri"] = context.RedirectUri,
            ["code"] = context.Code,
            ["grant_type"] = "authorization_code",
        };

        using var request = new HttpRequestMessage(HttpMethod.Post, Options.TokenEndpoint) { Content = new FormUrlEncodedContent(parameters) };
        using var response = await Backchannel.SendAsync(request, Context.RequestAborted);
        if (!response.IsSuccessStatusCode)
        {
            Logger.LogWarning("Quillmate refused the code exchange for client {ClientId}: {Status}",
                Options.ClientId,  // expect: none
                response.StatusCode);
            return OAuthTokenResponse.Failed(new AuthenticationFailureException("An error occurred while retrieving an access token."));
        }

        var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Context.RequestAborted));
        Logger.LogTrace("Quillmate token response: {Payload}",
            payload.RootElement);  // expect: log
        return OAuthTokenResponse.Success(payload);
    }

    protected override async Task<AuthenticationTicket> CreateTicketAsync(ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        Logger.LogDebug("Quillmate issued a {TokenType} token that expires in {ExpiresIn} seconds",
            tokens.TokenType,  // expect: none
            tokens.ExpiresIn);
        Logger.LogDebug("Fetching the Quillmate profile with {AccessToken}",
            tokens.AccessToken);  // expect: log

        using var request = new HttpRequestMessage(HttpMethod.Get, Options.UserInformationEndpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);

        using var response = await Backchannel.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Context.RequestAborted);
        if (!response.IsSuccessStatusCode)
        {
            await Log.UserProfileErrorAsync(Logger, response, Context.RequestAborted);
            throw new HttpRequestException("An error occurred while retrieving the user profile.");
        }

        using var profile = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Context.RequestAborted));
        var user = profile.RootElement;
        var id = user.GetProperty("id").GetString()!;
        var email = user.GetProperty("email").GetString()!;
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, id, ClaimValueTypes.String, Options.ClaimsIssuer));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.GetProperty("name").GetString()!, ClaimValueTypes.String, Options.ClaimsIssuer));
        identity.AddClaim(new Claim(ClaimTypes.Email, email, ClaimValueTypes.String, Options.ClaimsIssuer));
        identity.AddClaim(new Claim(QuillmateAuthenticationConstants.Claims.Avatar, user.GetProperty("avatar_url").GetString()!, ClaimValueTypes.String, Options.ClaimsIssuer));
        Logger.LogInformation("Quillmate user {UserId} signed in", id);

        return new AuthenticationTicket(new ClaimsPrincipal(identity), properties, QuillmateAuthenticationDefaults.AuthenticationScheme);
    }

    private static partial class Log
    {
        internal static async Task UserProfileErrorAsync(ILogger logger, HttpResponseMessage response, CancellationToken cancellationToken)
        {
            UserProfileError(
                logger,
                response.StatusCode,
                response.Headers.ToString(),  // expect: none
                await response.Content.ReadAsStringAsync(cancellationToken));
        }

        [LoggerMessage(1, LogLevel.Error, "An error occurred while retrieving the user profile: the remote server returned a {Status} response with the following payload: {Headers} {Body}.")]
        private static partial void UserProfileError(ILogger logger, HttpStatusCode status, string headers, string body);
    }
}
