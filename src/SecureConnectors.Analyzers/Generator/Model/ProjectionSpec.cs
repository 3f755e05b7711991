namespace SecureConnectors.Analyzers.Generator.Model;

/// <summary>A least-privilege projection, the values it reads and the resource fields behind them.</summary>
/// <param name="Properties">The projection's properties in construction order, each with how it is read.</param>
/// <param name="Fields">The fields read, one per bit of the reader's mask: every scalar, list or map at its path, nested projections flattened in place.</param>
/// <param name="Enums">The enums the reader reads directly, whose wire-name helpers it calls.</param>
/// <param name="IsReadable">False when a property cannot be read: the members are still generated (so that clients compile) and the reader throws; the analyzer reports why.</param>
internal sealed record ProjectionSpec(
    string? Namespace,
    string Name,
    string FullName,
    bool IsRecord,
    bool UsesConstructor,
    string ResourceName,
    EquatableArray<ProjectedPropertySpec> Properties,
    EquatableArray<ProjectedFieldSpec> Fields,
    EquatableArray<EnumSpec> Enums,
    bool IsReadable)
{
    /// <summary>Told apart in its source's name from a type whose name differs only in case (source names ignore case).</summary>
    public string HintSuffix { get; init; } = "";
}

/// <summary>One field read: a bit of the mask. Names what is sent and what is read, which differ for nested fields.</summary>
/// <param name="PropertyName">The projection property (dotted through nested projections: <c>Owner.Login</c>).</param>
/// <param name="Path">The dotted path read, list items marked <c>[]</c>: <c>owner.login</c>, <c>labels[].name</c>.</param>
/// <param name="SentName">The name sent in the connector's fields parameter; "" sends none.</param>
internal sealed record ProjectedFieldSpec(
    string PropertyName,
    string Path,
    string SentName,
    string? Scope,
    int Classification);

/// <summary>How one property of a projection is read.</summary>
/// <param name="Path">The JSON names from the projection's object to the value (more than one for <c>[Field("owner.login")]</c>).</param>
/// <param name="IsNullable">The property accepts null (a nullable value or reference type, or nullable-oblivious).</param>
/// <param name="ItemTypeFullName">The value's type without the property's own <c>?</c>: the scalar, enum or projection, or a list's or map's item (with its <c>?</c>).</param>
/// <param name="FirstField">The index of its first field (mask bit) in <see cref="ProjectionSpec.Fields"/>.</param>
/// <param name="FieldCount">How many fields (bits) it reads: one, or a nested projection's count.</param>
internal sealed record ProjectedPropertySpec(
    string PropertyName,
    EquatableArray<string> Path,
    ValueShape Shape,
    ValueKind Kind,
    bool IsNullable,
    bool IsItemNullable,
    string ItemTypeFullName,
    int FirstField,
    int FieldCount);

/// <summary>What a projection property holds.</summary>
internal enum ValueShape
{
    /// <summary>A scalar or an enum.</summary>
    Value,

    /// <summary><c>IReadOnlyList&lt;T&gt;</c> of scalars or enums.</summary>
    List,

    /// <summary><c>IReadOnlyDictionary&lt;string, T&gt;</c> of scalars or enums.</summary>
    Map,

    /// <summary>Another projection (of a nested object).</summary>
    Projection,

    /// <summary><c>IReadOnlyList&lt;T&gt;</c> of another projection.</summary>
    ProjectionList,

    /// <summary>A type the generator cannot read (the analyzer reports it); its value stays the default.</summary>
    Unreadable,
}

/// <summary>An enum read by wire name: the helper class generated for it and its members' names on the wire.</summary>
internal sealed record EnumSpec(
    string? Namespace,
    string HelperName,
    string FullName,
    string Name,
    EquatableArray<EnumMemberSpec> Members);

/// <summary>One enum member and its wire name (<c>[EnumMember(Value = ...)]</c>, else the member name).</summary>
/// <param name="IsFirstOfValue">The first member with its value: the one whose wire name is written (aliases are only read).</param>
internal sealed record EnumMemberSpec(string Name, string WireName, bool IsFirstOfValue);
