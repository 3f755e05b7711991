using Lanternfish.AspNet.Security.OAuth.Apple;
using Lanternfish.AspNet.Security.OAuth.Quillmate;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lanternfish.Mvc.Sample;

/// <summary>The providers' sample site: clone, run, sign in. The credentials are the sample apps' own.</summary>
public sealed class Startup(IConfiguration configuration)
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddAuthentication(options => options.DefaultScheme = "Cookies")
            .AddCookie()
            .AddQuillmate(options =>
            {
                options.ClientId = "{{synthetic:20:alnum}}";  // expect: none
                options.ClientSecret = "{{synthetic:40:alnum}}";  // expect: secret
                options.AppSecret = configuration["Quillmate:AppSecret"];
            })
            .AddApple(options =>
            {
                options.ClientId = "com.lanternfish.sample.web";
                options.KeyId = "{{synthetic:10:UPPERNUM}}";  // expect: none
                options.TeamId = "{{synthetic:10:UPPERNUM}}";
                options.GenerateClientSecret = true;
                options.PrivateKey = async (keyId, cancellationToken) =>
                    (await File.ReadAllTextAsync(Path.Combine("keys", $"AuthKey_{keyId}.p8"), cancellationToken)).AsMemory();
            });
    }
}
