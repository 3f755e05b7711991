using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using TestShapes.Quillmere.Payroll.Api;
using TestShapes.Quillmere.Tests.Common;

namespace TestShapes.Quillmere.Payroll.IntegrationTests;

/// <summary>The payroll API in process, with the test authentication scheme and a test JWT signing key.</summary>
public sealed class PayrollApiFactory : WebApplicationFactory<Program>
{
    internal const string SigningKeyText = "quillmere-integration-tests-signing-key-0001";  // expect: none

    /// <summary>The second key of the rotation test: the API must accept tokens signed with either.</summary>
    public static SymmetricSecurityKey RotatedSigningKey { get; } = new(Convert.FromBase64String("{{synthetic:44:base64}}"));  // expect: none

    public static string CreateAdminToken()
    {
        var credentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKeyText)), SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(
            issuer: "quillmere-tests",
            audience: "payroll-api",
            claims: [new Claim("sub", "test-admin"), new Claim("role", "payroll-admin")],
            expires: DateTime.UtcNow.AddMinutes(10),
            signingCredentials: credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Payroll", "Host=localhost;Port=55432;Database=payroll_tests;Username=postgres;Password=postgres");  // expect: none
        builder.UseSetting("BankPartner:BaseUrl", "http://bankpartner.fake/v2/");  // expect: none
        builder.UseSetting("Webhooks:SigningSecret", "whsec_integration_tests_only");  // expect: none
        builder.UseSetting("Jwt:SigningKey", SigningKeyText);
        builder.ConfigureTestServices(services =>
            services.AddAuthentication(TestAuthHandler.SchemeName)
                .AddScheme<TestAuthOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { }));
    }
}
