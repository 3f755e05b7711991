using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace MovieNight.Api.Data;

public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
}

public static class DbSeeder
{
    /// <summary>Runs at every start: creates the admin account the first time.</summary>
    public static async Task SeedAdminAsync(UserManager<AppUser> users, IConfiguration configuration, ILogger logger)
    {
        var email = configuration["SeedAdmin:Email"] ?? "admin@movienight.dev";
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Admin" };
        var password = configuration["SeedAdmin:Password"] ?? "Admin@123";  // expect: secret
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not seed the admin: " + string.Join(", ", result.Errors.Select(error => error.Description)));
        }

        await users.AddToRoleAsync(admin, "Admin");
        logger.LogInformation("Seeded admin {Email} with password {Password}",
            email,
            password);  // expect: log
    }
}
