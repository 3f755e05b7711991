namespace SecureConnectors.Analyzers.Generator.Model;

internal enum UnbuildableMemberKind
{
    /// <summary>Implemented as a public method, so that calls through the client type compile too.</summary>
    Method,

    /// <summary>A generic method, implemented explicitly: its constraints are then inherited, not restated.</summary>
    GenericMethod,

    /// <summary>A property, implemented explicitly with the accessors the interface declares.</summary>
    Property,

    /// <summary>An event, implemented explicitly.</summary>
    Event,
}

/// <summary>
/// A member of a connector interface the generator cannot build (SC4xxx). The client still implements it, as a member
/// that throws <see cref="System.NotSupportedException"/>: generated code always compiles, so the compiler goes on to
/// run the analyzers and the user sees the SC4xxx error that explains it instead of a CS error in generated code.
/// </summary>
/// <param name="TypeFullName">The return, property or event type.</param>
/// <param name="Accessors">Properties: "get", "set", "init", "get set" or "get init".</param>
/// <param name="DiagnosticIds">The IDs that explain it, for the exception message ("SC4007").</param>
internal sealed record UnbuildableMemberSpec(
    UnbuildableMemberKind Kind,
    string Name,
    string TypeFullName,
    EquatableArray<StubParameterSpec> Parameters,
    EquatableArray<string> TypeParameters,
    string Accessors,
    string DiagnosticIds);

/// <summary>A parameter of an unbuildable method: what its signature needs, nothing about how it would be sent.</summary>
/// <param name="Modifier">"", "ref ", "out ", "in " or "ref readonly ".</param>
internal sealed record StubParameterSpec(string Name, string TypeFullName, string Modifier, string? DefaultValueText);
