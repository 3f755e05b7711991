namespace SecureConnectors.Analyzers.Generator.Model;

/// <summary>A fixed request header declared on a connector or an operation.</summary>
internal readonly record struct HeaderSpec(string Name, string Value);
