using System.Security.Claims;
using System.Text;
using JustEat.HttpClientInterception;
using Lanternfish.AspNet.Security.OAuth.Quillmate;
using Xunit;

namespace Lanternfish.AspNet.Security.OAuth.Providers.Tests;

public sealed class QuillmateTests
{
    private readonly HttpClientInterceptorOptions _interceptor = new HttpClientInterceptorOptions().ThrowsOnMissingRegistration();

    public QuillmateTests()
    {
        new HttpRequestInterceptionBuilder()
            .ForPost()
            .ForUrl("https://api.quillmate.com/oauth/token")
            .WithJsonContent(new { access_token = "secret-access-token", token_type = "bearer", expires_in = 3600 })  // expect: none
            .RegisterWith(_interceptor);
        new HttpRequestInterceptionBuilder()
            .ForGet()
            .ForUrl("http://api.quillmate.com/v1/me")  // expect: none
            .WithJsonContent(new { id = "1", name = "John Smith", email = "john@john-smith.local", avatar_url = "http://avatars.quillmate.com/u/1.png" })
            .RegisterWith(_interceptor);
    }

    [Fact]
    public async Task Can_sign_in_using_Quillmate()
    {
        using var server = ApplicationFactory.CreateTestServer(options =>
        {
            options.ClientId = "my-client-id";
            options.ClientSecret = "my-client-secret";  // expect: none
            options.Backchannel = _interceptor.CreateHttpClient();
        });

        var claims = await ApplicationFactory.AuthenticateAsync(server, "a6ed8e7f-471f-44f1-903b-65946475f351");

        Assert.Equal("John Smith", claims[ClaimTypes.Name]);
        Assert.Equal("john@john-smith.local", claims[ClaimTypes.Email]);
    }

    [Fact]
    public void Defaults_to_the_v1_profile_endpoint()
    {
        var options = new QuillmateAuthenticationOptions();
        Assert.Equal("http://api.quillmate.com/v1/me", options.UserInformationEndpoint);
    }

    [Theory]
    [InlineData("not-a-signed-request")]
    [InlineData("")]
    public void Rejects_a_malformed_signed_request(string value) =>
        Assert.False(QuillmateSignedRequest.TryParse(value, "quillmate-app-secret", out _));

    [Fact]
    public void Accepts_a_request_signed_with_the_app_secret()
    {
        const string appSecret = "quillmate-app-secret";
        var payload = Base64Url(Encoding.UTF8.GetBytes("""{"algorithm":"HMAC-SHA256","user_id":"1","issued_at":1735689600}"""));
        var sig = QuillmateSignedRequest.ComputeSignature(payload, appSecret);

        Assert.True(QuillmateSignedRequest.TryParse(Base64Url(sig) + "." + payload, appSecret, out var parsed));
        Assert.True(sig.SequenceEqual(QuillmateSignedRequest.ComputeSignature(payload, appSecret)));  // expect: none
        Assert.Equal("1", parsed.GetProperty("user_id").GetString());
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
