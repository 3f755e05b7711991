using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using TestShapes.Quillmere.Payroll.Api;
using Xunit;

namespace TestShapes.Quillmere.Payroll.Tests;

public sealed class PartnerKeyMiddlewareTests
{
    private const string IssuedKey = "qm_partner_unit_test_key_0001";  // expect: none

    private static PartnerAccessOptions Access() => new()
    {
        PartnerApiKeys = [IssuedKey],
        AdminToken = "admin-token-for-unit-tests",  // expect: none
    };

    [Fact]
    public async Task Issued_key_reaches_the_endpoint()
    {
        var reached = false;
        var middleware = new PartnerKeyMiddleware(_ => { reached = true; return Task.CompletedTask; }, Options.Create(Access()), new FakeLogger<PartnerKeyMiddleware>());
        var context = new HttpContext();
        context.Request.Path = "/partner/employees";
        context.Request.Headers["X-Quillmere-Partner-Key"] = IssuedKey;

        await middleware.InvokeAsync(context);

        Assert.True(reached);
        Assert.True(context.Request.Headers["X-Quillmere-Partner-Key"] == IssuedKey);  // expect: none
    }

    [Fact]
    public async Task Unknown_key_is_rejected_and_logged()
    {
        var logger = new FakeLogger<PartnerKeyMiddleware>();
        var middleware = new PartnerKeyMiddleware(_ => Task.CompletedTask, Options.Create(Access()), logger);
        var context = new HttpContext();
        context.Request.Path = "/partner/employees";
        context.Request.Headers["X-Quillmere-Partner-Key"] = "qm_partner_unknown_test_key";

        await middleware.InvokeAsync(context);

        Assert.Equal(401, context.Response.StatusCode);
        Assert.Equal(1, logger.Collector.Count);
    }
}
