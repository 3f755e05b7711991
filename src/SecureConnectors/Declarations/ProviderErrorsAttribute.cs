using System;

namespace SecureConnectors;

/// <summary>
/// Declares that the provider reports errors inside a 2xx answer (Slack's <c>{"ok": false, "error": "channel_not_found"}</c>).
/// Every operation of the connector then reads the flag at <see cref="OkPath"/>: <c>false</c> fails the call with a
/// <see cref="ProviderErrorException"/> carrying the code at <see cref="CodePath"/>, audited as <c>Failed</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class ProviderErrorsAttribute : Attribute
{
    /// <summary>The dotted path of the boolean that is <c>false</c> on an error (<c>ok</c>).</summary>
    public string? OkPath { get; set; }

    /// <summary>The dotted path of the provider's error code (<c>error</c>); null when the provider sends none.</summary>
    public string? CodePath { get; set; }
}
