using System.Net.Http.Json;
using System.Security.Claims;
using Lanternfish.AspNet.Security.OAuth.Quillmate;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Lanternfish.AspNet.Security.OAuth.Providers.Tests;

/// <summary>A test server with cookie authentication and one provider; the provider's back channel is the caller's.</summary>
internal static class ApplicationFactory
{
    public static TestServer CreateTestServer(Action<QuillmateAuthenticationOptions> configure)
    {
        var builder = new WebHostBuilder();
        builder.ConfigureServices(services => services
            .AddAuthentication(options => options.DefaultScheme = "Cookies")
            .AddCookie()
            .AddQuillmate(configure));
        return new TestServer(builder);
    }

    public static async Task<IReadOnlyDictionary<string, string>> AuthenticateAsync(TestServer server, string code)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync($"/signin-quillmate?code={code}&state=test-state");
        var claims = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>();
        return claims ?? new Dictionary<string, string> { [ClaimTypes.Name] = "" };
    }
}
