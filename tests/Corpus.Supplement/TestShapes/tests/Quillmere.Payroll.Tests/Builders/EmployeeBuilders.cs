using AutoFixture;
using Bogus;

namespace TestShapes.Quillmere.Payroll.Tests.Builders;

public sealed class SeedEmployee
{
    public string Name { get; set; } = "";

    public string WorkEmail { get; set; } = "";

    public string Iban { get; set; } = "";

    public string CardNumber { get; set; } = "";

    public string InitialPassword { get; set; } = "";

    public string PhotoUrl { get; set; } = "";

    public string ApiToken { get; set; } = "";
}

/// <summary>Deterministic fake employees for the unit and integration tests (seeded, so snapshots stay stable).</summary>
public sealed class SeedEmployeeFaker : Faker<SeedEmployee>
{
    public const string DefaultPhotoUrl = "http://cdn.quillmere.io/avatars/default.png";  // expect: none

    public SeedEmployeeFaker()
    {
        UseSeed(20260301);
        RuleFor(e => e.Name, f => f.Name.FirstName() + " " + f.Name.LastName());
        RuleFor(e => e.WorkEmail, f => f.Internet.Email(provider: "quillmere.test"));
        RuleFor(e => e.Iban, f => f.Finance.Iban(countryCode: "GB"));
        RuleFor(e => e.CardNumber, f => f.Finance.CreditCardNumber());
        RuleFor(e => e.InitialPassword, f => f.Internet.Password(16));
        RuleFor(e => e.PhotoUrl, DefaultPhotoUrl);
        RuleFor(e => e.ApiToken, f => "qm_at_" + f.Random.AlphaNumeric(40));
    }
}

/// <summary>AutoFixture defaults for the tests that need one known employee.</summary>
public sealed class SeedEmployeeCustomization : ICustomization
{
    /// <summary>The card number payment providers document for test mode.</summary>
    public const string TestCardNumber = "4242424242424242";  // expect: none

    public void Customize(IFixture fixture) =>
        fixture.Customize<SeedEmployee>(composer => composer
            .With(e => e.WorkEmail, "jane.doe@quillmere.test")
            .With(e => e.InitialPassword, "Passw0rd!")  // expect: none
            .With(e => e.CardNumber, TestCardNumber)
            .With(e => e.ApiToken, "fixture-api-token-0001"));  // expect: none
}
