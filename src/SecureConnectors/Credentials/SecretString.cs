using System;
using System.Diagnostics;

namespace SecureConnectors;

/// <summary>
/// A secret that does not print itself: <see cref="ToString"/> is redacted, so a log line, an exception message or a
/// debugger display never shows it. The value comes out only through <see cref="Reveal"/>.
/// </summary>
[DebuggerDisplay("***")]
public sealed class SecretString
{
    private const string Redacted = "***";

    // Hidden from debugger windows as well as from ToString: a watch window is a screen share away from a leak.
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly string value;

    /// <summary>Wraps <paramref name="value"/>.</summary>
    public SecretString(string value)
    {
        this.value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>True when the secret is the empty string.</summary>
    public bool IsEmpty => value.Length == 0;

    /// <summary>The secret itself. Call it where the value leaves for the provider, and nowhere else.</summary>
    public string Reveal() => value;

    /// <summary>Always the redaction marker, never the value.</summary>
    public override string ToString() => Redacted;
}
