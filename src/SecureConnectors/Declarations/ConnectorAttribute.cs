using System;

namespace SecureConnectors;

/// <summary>
/// Declares a connector to a third-party API on a <c>partial interface</c>; the generator implements it as a typed
/// client named after the interface (<c>IAcmeHris</c> becomes <c>AcmeHrisClient</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class ConnectorAttribute : Attribute
{
    /// <summary>Declares a connector with the name used in credential requests, audit events and telemetry.</summary>
    public ConnectorAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The connector's name, as credential providers and audit readers see it.</summary>
    public string Name { get; }

    /// <summary>
    /// The provider's absolute https base address. Its host bounds where the credential goes: an <c>HttpClient.BaseAddress</c>
    /// stands in for it only on this host or one in <see cref="ConnectorOptions.AllowedHosts"/>.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>
    /// The query parameter that asks the provider for only the projected fields (<c>fields</c>, <c>$select</c>);
    /// null sends none.
    /// </summary>
    public string? FieldsParameter { get; set; }

    /// <summary>
    /// The header that carries the raw credential (<c>X-Api-Key</c>); null sends <c>Authorization: &lt;scheme&gt; &lt;value&gt;</c>.
    /// </summary>
    public string? AuthHeader { get; set; }

    /// <summary>
    /// How the declared properties of request bodies are named on the wire; <c>[JsonPropertyName]</c> wins, dictionary keys
    /// are sent as they are.
    /// </summary>
    public NamingPolicy Naming { get; set; }
}
