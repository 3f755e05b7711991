using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// Describes the values of one operation's request (body, query, route) and collects the object types and enums they
/// reach, each once. Anything it cannot write becomes <see cref="BodyShape.Unsupported"/>: the caller reports it and
/// the emitter writes a throwing writer for it, so the generated code still compiles.
/// </summary>
internal sealed class RequestTypeCollector
{
    // A generic type that nests itself in a bigger instantiation (Node<T> with a Node<List<T>>) would never end.
    private const int MaxTypes = 256;

    private readonly KnownTypes known;
    private readonly int naming;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<string, BodyTypeSpec?> types = new(StringComparer.Ordinal);
    private readonly List<string> typeOrder = new();
    private readonly Dictionary<string, RequestEnumSpec> enums = new(StringComparer.Ordinal);

    public RequestTypeCollector(KnownTypes known, int naming, CancellationToken cancellationToken)
    {
        this.known = known;
        Known = known;
        this.naming = naming;
        this.cancellationToken = cancellationToken;
    }

    public KnownTypes Known { get; }

    /// <summary>Properties that cannot be written, with the type that declares them, for SC4025.</summary>
    public List<(IPropertySymbol Property, ITypeSymbol Owner)> UnsupportedProperties { get; } = new();

    public EquatableArray<BodyTypeSpec> Types =>
        typeOrder.Select(name => types[name]).OfType<BodyTypeSpec>().OrderBy(t => t.FullName, StringComparer.Ordinal).ToEquatableArray();

    public EquatableArray<RequestEnumSpec> Enums => enums.Values.OrderBy(e => e.FullName, StringComparer.Ordinal).ToEquatableArray();

    public static string FullName(ITypeSymbol type) => TypeNames.FullName(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated));

    public BodyValueSpec Describe(ITypeSymbol type)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var underlying = RequestValues.UnwrapNullable(type, out var isNullableValueType);
        var canBeNull = isNullableValueType || type.IsReferenceType;
        if (RequestValues.TryGetScalar(type, known, out var kind, out _))
        {
            if (kind == ValueKind.Enum)
            {
                AddEnum(underlying);
                return new BodyValueSpec(BodyShape.Enum, kind, FullName(underlying), canBeNull, isNullableValueType, null);
            }

            return new BodyValueSpec(BodyShape.Scalar, kind, FullName(underlying), canBeNull, isNullableValueType, null);
        }

        if (isNullableValueType)
        {
            // A nullable struct object: written through .Value like a nullable scalar.
            var inner = Describe(underlying);
            return inner with { CanBeNull = true, IsNullableValueType = true };
        }

        var mapValue = RequestValues.MapValueOf(type, out var keyIsString);
        if (mapValue is not null)
        {
            return keyIsString
                ? new BodyValueSpec(BodyShape.Map, default, FullName(type), canBeNull, false, Describe(mapValue))
                : Unsupported(type);
        }

        var element = RequestValues.ElementOf(type);
        if (element is not null)
        {
            return new BodyValueSpec(BodyShape.List, default, FullName(type), canBeNull, false, Describe(element))
            {
                Indexed = RequestValues.IsNamed(type.OriginalDefinition, "System.Collections.Generic", "IReadOnlyList", "IList", "List"),
            };
        }

        if (IsObject(type))
        {
            var name = FullName(type);
            if (!types.ContainsKey(name))
            {
                if (types.Count >= MaxTypes)
                {
                    return Unsupported(type);
                }

                types[name] = null;
                typeOrder.Add(name);
                types[name] = new BodyTypeSpec(name, Properties((INamedTypeSymbol)type).ToEquatableArray());
            }

            return new BodyValueSpec(BodyShape.Object, default, name, canBeNull, false, null);
        }

        return Unsupported(type);
    }

    public void AddEnum(ITypeSymbol type)
    {
        var name = FullName(type);
        if (enums.ContainsKey(name))
        {
            return;
        }

        // Aliases (two names, one value) keep the first: the generated switch has one arm per value.
        var members = type.GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue && f.IsStatic)
            .GroupBy(f => f.ConstantValue)
            .Select(g => g.First())
            .Select(f => new RequestEnumMemberSpec(f.Name, WireName(f)));
        enums[name] = new RequestEnumSpec(name, members.ToEquatableArray());
    }

    public static bool ContainsUnsupported(BodyValueSpec value) =>
        value.Shape == BodyShape.Unsupported || (value.Element is not null && ContainsUnsupported(value.Element));

    private static BodyValueSpec Unsupported(ITypeSymbol type) =>
        new(BodyShape.Unsupported, default, FullName(type), type.IsReferenceType, false, null);

    // Classes, records and structs of the user's own: not System types (TimeSpan, JsonElement, object), not interfaces.
    private static bool IsObject(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } named
        && !named.IsAnonymousType
        && !(named.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal)));

    private IEnumerable<BodyPropertySpec> Properties(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public
                    || property.GetMethod is not { DeclaredAccessibility: Accessibility.Public } || !seen.Add(property.Name) || IsIgnored(property))
                {
                    continue;
                }

                var value = Describe(property.Type);
                if (ContainsUnsupported(value))
                {
                    UnsupportedProperties.Add((property, type));
                }

                yield return new BodyPropertySpec(property.Name, WireName(property), value);
            }
        }
    }

    private string WireName(IPropertySymbol property) =>
        RequestValues.FindByName(property, "System.Text.Json.Serialization", "JsonPropertyNameAttribute")?.ConstructorArguments.FirstOrDefault().Value as string
        ?? NamingPolicies.Apply(naming, property.Name);

    private static string WireName(IFieldSymbol member) =>
        RequestValues.FindByName(member, "System.Runtime.Serialization", "EnumMemberAttribute")?.NamedArguments
            .FirstOrDefault(a => a.Key == "Value").Value.Value as string
        ?? member.Name;

    // [JsonIgnore] means Always unless its Condition says otherwise; WhenWritingNull is what every body does anyway.
    private static bool IsIgnored(IPropertySymbol property)
    {
        var ignore = RequestValues.FindByName(property, "System.Text.Json.Serialization", "JsonIgnoreAttribute");
        if (ignore is null)
        {
            return false;
        }

        var condition = ignore.NamedArguments.FirstOrDefault(a => a.Key == "Condition").Value.Value;
        return condition is null || (condition is int value && value == 1);
    }
}
