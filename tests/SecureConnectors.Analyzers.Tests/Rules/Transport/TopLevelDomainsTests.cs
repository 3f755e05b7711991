using SecureConnectors.Analyzers.Rules.Transport;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

public sealed class TopLevelDomainsTests
{
    [Theory]
    [InlineData("url.url", true)]
    [InlineData("payroll.svc.internal", true)]
    [InlineData("printer.local", true)]
    [InlineData("orders.fake", true)]
    [InlineData("api.contoso.com", false)]
    [InlineData("API.CONTOSO.COM.", false)]
    [InlineData("orders.foo", false)]
    [InlineData("shop.xn--p1ai", false)]
    [InlineData("shop.рф", false)]
    [InlineData("rs.xn--zz99", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("[2001:db8::5]", false)]
    [InlineData("localhost", false)]
    [InlineData("api.contoso.\u0001", false)]
    [InlineData("", false)]
    public void Knows_the_root_zone(string host, bool unknown) =>
        Assert.Equal(unknown, TopLevelDomains.IsUnderUnknownTopLevelDomain(host));
}
