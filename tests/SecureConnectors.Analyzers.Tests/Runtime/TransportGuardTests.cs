using System;
using SecureConnectors;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Runtime;

public sealed class TransportGuardTests
{
    [Theory]
    [InlineData("https://api.contoso.example/", false)]
    [InlineData("HTTPS://API.CONTOSO.EXAMPLE/", false)]
    [InlineData("http://localhost:5000/", true)]
    [InlineData("http://api.localhost/", true)]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("http://127.8.0.1/", true)]
    [InlineData("http://[::1]:5000/", true)]
    public void Allows_https_and_opted_in_loopback(string address, bool allowLoopbackHttp) =>
        Assert.True(TransportGuard.IsAllowed(new Uri(address), allowLoopbackHttp));

    [Theory]
    [InlineData("http://api.contoso.example/", true)]
    [InlineData("http://localhost.contoso.example/", true)]
    [InlineData("http://10.0.0.5/", true)]
    [InlineData("http://localhost:5000/", false)]
    [InlineData("ws://localhost:5000/", true)]
    [InlineData("ftp://files.contoso.example/", true)]
    public void Refuses_everything_else(string address, bool allowLoopbackHttp) =>
        Assert.False(TransportGuard.IsAllowed(new Uri(address), allowLoopbackHttp));

    [Fact]
    public void Refuses_relative_addresses() =>
        Assert.False(TransportGuard.IsAllowed(new Uri("api/v1", UriKind.Relative), allowLoopbackHttp: true));

    [Fact]
    public void Refusal_names_scheme_and_host_but_never_user_info_path_or_query()
    {
        var exception = Assert.Throws<InsecureTransportException>(() =>
            TransportGuard.EnsureAllowed(new Uri("http://svc:not-a-real-password@api.contoso.example:8080/v1/users?token=not-a-real-token"), allowLoopbackHttp: false));

        Assert.Contains("http://api.contoso.example:8080", exception.Message);
        Assert.DoesNotContain("not-a-real", exception.Message);
        Assert.DoesNotContain("/v1/users", exception.Message);
        Assert.Equal("http", exception.Scheme);
        Assert.Equal("api.contoso.example", exception.Host);
        Assert.Null(exception.StatusCode);
    }
}
