using Microsoft.Playwright;

namespace TestShapes.Quillmere.Web.E2E.Pages;

/// <summary>Page object of /account/login.</summary>
internal sealed class LoginPage(IPage page)
{
    public const string EmailInput = "input[name='Email']";

    public const string PasswordInput = "input[name='Password']";  // expect: none

    public const string SubmitButton = "button[type=submit]";

    public const string PasswordError = "[data-testid=password-error]";

    public async Task SignInAsync(string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync(EmailInput, email);
        await page.FillAsync(PasswordInput, password);
        await page.ClickAsync(SubmitButton);
    }
}
