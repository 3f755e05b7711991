namespace SecureConnectors.Analyzers.Generator.Model;

/// <summary>The shapes a request value can have in a body.</summary>
internal enum BodyShape
{
    /// <summary>A string, number, bool, date, Guid or Uri (<see cref="BodyValueSpec.Scalar"/>).</summary>
    Scalar,

    /// <summary>An enum, sent by wire name.</summary>
    Enum,

    /// <summary>A class, record or struct with readable properties.</summary>
    Object,

    /// <summary>An array or <c>IEnumerable&lt;T&gt;</c>.</summary>
    List,

    /// <summary>A dictionary with string keys.</summary>
    Map,

    /// <summary>A type the writers cannot write: SC4025/SC4026, and a writer that throws NotSupportedException.</summary>
    Unsupported,
}

/// <summary>How one value (a property, a list item, a dictionary value, the body itself) is written.</summary>
/// <param name="TypeFullName">The object or enum type (global::-qualified, no nullable mark), or the declared type.</param>
/// <param name="CanBeNull">A reference type or Nullable&lt;T&gt;: checked for null before writing.</param>
/// <param name="IsNullableValueType">A Nullable&lt;T&gt;: written through <c>.Value</c>.</param>
/// <param name="Element">The item of a list or the value of a map.</param>
internal sealed record BodyValueSpec(
    BodyShape Shape,
    ValueKind Scalar,
    string TypeFullName,
    bool CanBeNull,
    bool IsNullableValueType,
    BodyValueSpec? Element)
{
    /// <summary>
    /// A list read by index (<c>IReadOnlyList&lt;T&gt;</c>, <c>IList&lt;T&gt;</c>, <c>List&lt;T&gt;</c>): a for loop
    /// allocates no enumerator, where foreach over the interface would box one per list.
    /// </summary>
    public bool Indexed { get; init; }
}

/// <summary>One readable property of a body object and its name on the wire.</summary>
internal sealed record BodyPropertySpec(string PropertyName, string WireName, BodyValueSpec Value);

/// <summary>An object type written into a body; one writer method per format is generated for it.</summary>
internal sealed record BodyTypeSpec(string FullName, EquatableArray<BodyPropertySpec> Properties);

/// <summary>An enum member and its wire name (<c>[EnumMember(Value = ...)]</c>, else the member name).</summary>
internal sealed record RequestEnumMemberSpec(string Member, string WireName);

/// <summary>An enum sent in a body, a query or a route: its wire names, mapped by generated code.</summary>
internal sealed record RequestEnumSpec(string FullName, EquatableArray<RequestEnumMemberSpec> Members);

/// <summary>The body of an operation: its parameter, format and shape.</summary>
/// <param name="ParameterTypeFullName">The parameter's declared type, as the entry writer takes it.</param>
/// <param name="Form">True for <c>[Body(BodyFormat.Form)]</c>, false for JSON.</param>
internal sealed record BodySpec(string ParameterName, string ParameterTypeFullName, bool Form, BodyValueSpec Value);

/// <summary>
/// What generated code needs to write an operation's request beyond its path: the body, and every object type and
/// enum the body, query and route values reach (the emitter writes each once per connector).
/// </summary>
internal sealed record RequestSpec(BodySpec? Body, EquatableArray<BodyTypeSpec> Types, EquatableArray<RequestEnumSpec> Enums)
{
    public static RequestSpec Empty { get; } = new(null, EquatableArray<BodyTypeSpec>.Empty, EquatableArray<RequestEnumSpec>.Empty);
}

/// <summary>How a query or route value is formatted beyond its <see cref="ValueKind"/>.</summary>
/// <param name="EnumTypeFullName">For an enum: the type whose wire names are sent.</param>
/// <param name="DateFormat">The <c>[Query(Format = ...)]</c> of a date.</param>
/// <param name="IsCollection">An <c>IEnumerable&lt;T&gt;</c> query parameter; the element is described by the parameter's kind.</param>
/// <param name="Csv">Joined with commas instead of repeating the name.</param>
internal sealed record ValueFormatSpec(string? EnumTypeFullName, string? DateFormat, bool IsCollection, bool Csv);
