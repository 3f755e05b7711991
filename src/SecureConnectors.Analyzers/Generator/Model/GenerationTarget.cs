namespace SecureConnectors.Analyzers.Generator.Model;

/// <summary>What the consuming project references, which decides what is generated beside each client.</summary>
/// <param name="HasHttpClientFactory">Microsoft.Extensions.Http and the runtime's <c>ConnectorRegistration</c>: write <c>AddXxx(...)</c>.</param>
/// <param name="HasScopePolicy">The runtime library's <c>IScopePolicy</c> (net8.0 and later): accept one in the client.</param>
internal readonly record struct GenerationTarget(bool HasHttpClientFactory, bool HasScopePolicy);
