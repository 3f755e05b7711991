namespace SecureConnectors.Analyzers.Generator.Model;

/// <summary>What the consuming project references, which decides what is generated beside each client.</summary>
/// <param name="HasHttpClientFactory">Microsoft.Extensions.Http: write <c>AddXxx(...)</c>.</param>
/// <param name="HasScopePolicy">The runtime library's <c>IScopePolicy</c> (net8.0 and later): accept one in the client.</param>
/// <param name="HasRemoveAllLoggers">Microsoft.Extensions.Http 8 or later: <c>AddXxx</c> removes the factory's URI-writing loggers.</param>
/// <param name="HasValidateOnStart">Microsoft.Extensions.Options 8 (or Hosting): <c>AddXxx</c> validates its options at start-up.</param>
internal readonly record struct GenerationTarget(bool HasHttpClientFactory, bool HasScopePolicy, bool HasRemoveAllLoggers, bool HasValidateOnStart);
