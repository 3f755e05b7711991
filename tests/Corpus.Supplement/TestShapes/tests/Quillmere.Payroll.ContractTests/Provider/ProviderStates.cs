namespace TestShapes.Quillmere.Payroll.ContractTests.Provider;

public sealed record SeededUser(string Email, string PasswordHash, string Role);

/// <summary>The data that each provider state of the pacts needs, written by the /provider-states endpoint.</summary>
public static class ProviderStates
{
    public static IReadOnlyDictionary<string, SeededUser> Users { get; } = new Dictionary<string, SeededUser>
    {
        ["employee 42 exists"] = new(
            "jane.doe@quillmere.test",
            "AQAAAAIAAYagAAAAE{{synthetic:64:base64}}",  // expect: none
            "employee"),
    };

    /// <summary>ASP.NET Core Identity's hash of the provider-state user's password, as the users table stores it.</summary>
    public const string AdminPasswordHash = "AQAAAAIAAYagAAAAE{{synthetic:64:base64}}";  // expect: none
}
