using System.Security.Authentication;
using Microsoft.Extensions.Options;
using Tallyroll.PayrollApi;
using Xunit;

// The clock gateways' TLS 1.1 is deliberate here (SYSLIB0039); the analyzers, not the compiler, judge it.
#pragma warning disable SYSLIB0039

namespace Tallyroll.UnitTests;

public sealed class KetterlyOptionsTests
{
    [Theory]
    [InlineData("http://api.ketterly-payroll.com/v3/")]  // expect: none
    [InlineData("ftp://api.ketterly-payroll.com/v3/")]
    public void Base_address_without_tls_fails_validation(string address)
    {
        var result = new KetterlyOptionsValidator().Validate(Options.DefaultName, new KetterlyOptions { BaseAddress = new Uri(address) });

        Assert.True(result.Failed);
    }

    [Fact]
    public void Sandbox_address_is_refused_as_base_address()
    {
        var options = new KetterlyOptions { BaseAddress = new Uri("http://sandbox.ketterly-payroll.com/v3/") };  // expect: none

        Assert.True(new KetterlyOptionsValidator().Validate(Options.DefaultName, options).Failed);
    }

    [Fact]
    public void Sandbox_key_for_the_live_api_is_refused()
    {
        var options = new KetterlyOptions { ApiKey = "kp_test_not-a-real-key" };  // expect: none

        var refused = false;
        try
        {
            new KetterlyOptionsValidator().Validate(Options.DefaultName, options);
        }
        catch (OptionsValidationException)
        {
            refused = true;
        }

        Assert.True(refused);
    }

    [Fact]
    public void Punchline_gateways_keep_tls11_until_the_firmware_rollout()
    {
        using var handler = PunchlineHandlers.Create();

        Assert.Equal(SslProtocols.Tls11 | SslProtocols.Tls12, handler.SslOptions.EnabledSslProtocols);  // expect: none
        Assert.True(handler.SslOptions.RemoteCertificateValidationCallback is not null);
    }
}
