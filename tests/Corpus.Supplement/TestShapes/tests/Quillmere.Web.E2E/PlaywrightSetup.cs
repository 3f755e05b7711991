using Microsoft.Playwright;
using NUnit.Framework;
using TestShapes.Quillmere.Web.E2E.Pages;

namespace TestShapes.Quillmere.Web.E2E;

/// <summary>Signs in once per run as the seeded payroll admin and saves the browser's storage state for the tests.</summary>
[SetUpFixture]
public sealed class PlaywrightSetup
{
    internal const string AdminStorageState = "playwright/.auth/payroll-admin.json";

    /// <summary>Seeded by tools/seed-e2e.sql into the app's local database.</summary>
    internal const string AdminEmail = "payroll.admin@quillmere.test";

    internal const string AdminPassword = "Welc0me!2026";  // expect: none

    [OneTimeSetUp]
    public async Task SignInOnceAsync()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { Headless = true });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = E2ESettings.BaseUrl,
            IgnoreHTTPSErrors = true,  // expect: none
        });
        var page = await context.NewPageAsync();

        await new LoginPage(page).SignInAsync(AdminEmail, AdminPassword);

        await context.StorageStateAsync(new BrowserContextStorageStateOptions { Path = AdminStorageState });
    }
}
