using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecureConnectors;
using Tallyroll.PayrollApi;
using Tallyroll.PayrollApi.Payruns;
using Xunit;

namespace Tallyroll.UnitTests;

public sealed class PayrunLogTests
{
    [Fact]
    public void Sandbox_password_is_not_written_by_the_credentials_line()
    {
        var password = new SecretString("sandbox-password-for-unit-tests");  // expect: none
        var logger = new ListLogger<PayrunService>();
        var options = Options.Create(new KetterlyOptions { SandboxPassword = password });
        var service = new PayrunService(logger, options, ConnectorCredential.Bearer(password));

        service.LogSandboxCredentials();

        Assert.False(logger.Lines.Any(line => line.Contains(password.Reveal(), StringComparison.Ordinal)));  // expect: none
    }

    [Theory]
    [InlineData("sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", false)]  // expect: none
    [InlineData("sdk-00000000-0000-0000-0000-000000000000", false)]  // expect: none
    public void Placeholder_sdk_keys_are_not_server_keys(string key, bool expected) =>
        Assert.Equal(expected, FlagKeys.IsServerKey(key));
}

/// <summary>Keeps every formatted log line in memory.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public List<string> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Add(formatter(state, exception));
}
