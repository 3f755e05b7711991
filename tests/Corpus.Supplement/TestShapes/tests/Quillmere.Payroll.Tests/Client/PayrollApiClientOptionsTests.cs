using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TestShapes.Quillmere.Payroll.Client;
using TestShapes.Quillmere.Payroll.Http;
using Xunit;

namespace TestShapes.Quillmere.Payroll.Tests.Client;

public sealed class PayrollApiClientOptionsTests
{
    private readonly PayrollApiClientOptionsValidator _validator = new();

    [Theory]
    [InlineData("http://api.quillmere.com/v3/")]  // expect: none
    [InlineData("ws://api.quillmere.com/v3/")]
    public void Plain_text_base_addresses_are_refused(string baseUrl)
    {
        var result = _validator.Validate(null, new PayrollApiClientOptions { BaseUrl = baseUrl });

        Assert.True(result.Failed);
    }

    [Fact]
    public void The_old_sandbox_listener_is_refused_too()
    {
        var result = _validator.Validate(null, new PayrollApiClientOptions { BaseUrl = "http://sandbox.api.quillmere.com/v3/" });  // expect: none

        Assert.True(result.Failed);
    }

    [Fact]
    public void Loopback_is_allowed_for_local_development()
    {
        var result = _validator.Validate(null, new PayrollApiClientOptions { BaseUrl = "http://localhost:5080/v3/" });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("qm_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", true)]  // expect: none
    [InlineData("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", false)]  // expect: none
    [InlineData("qm_sbx_unit_test_key_0001", true)]
    public void Key_prefix_is_checked(string apiKey, bool valid)
    {
        var result = _validator.Validate(null, new PayrollApiClientOptions { ApiKey = apiKey });

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void Client_refuses_to_send_its_key_over_plain_http()
    {
        var error = Record.Exception(() => new PayrollApiClient(
            new HttpClient(),
            Options.Create(new PayrollApiClientOptions { BaseUrl = "http://api.quillmere.com/v3/", ApiKey = "qm_live_unit_test_key_0001" }),  // expect: none
            NullLogger<PayrollApiClient>.Instance));

        Assert.True(error is ArgumentException);
    }

    [Fact]
    public async Task Guard_refuses_a_plain_http_address_before_anything_is_sent()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Task.Run(() => HttpsOnlyGuard.EnsureHttps(new Uri("http://api.quillmere.com/v3/employees"))));  // expect: none
    }

    [Fact]
    public void Binding_reads_the_payroll_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Payroll:BaseUrl"] = "https://api.quillmere.com/v3/",
                ["Payroll:ApiKey"] = "qm_live_unit_test_key_0001",  // expect: none
            })
            .Build();

        var bound = configuration.GetSection(PayrollApiClientOptions.SectionName).Get<PayrollApiClientOptions>();

        Assert.Equal("qm_live_unit_test_key_0001", bound!.ApiKey);
    }
}
