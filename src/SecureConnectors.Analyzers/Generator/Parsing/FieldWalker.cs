using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// Matches projection properties with resource fields and lists the fields read, walking into nested projections
/// so that a nested field gets its own mask bit, its dotted path and the scope it inherits.
/// </summary>
internal sealed class FieldWalker
{
    private readonly KnownTypes known;
    private readonly DeclarationProblems problems;
    private readonly CancellationToken cancellationToken;
    private readonly List<ProjectedFieldSpec> fields;
    private readonly Dictionary<string, EnumSpec> enums;

    public FieldWalker(KnownTypes known, DeclarationProblems problems, CancellationToken cancellationToken, List<ProjectedFieldSpec> fields, Dictionary<string, EnumSpec> enums)
    {
        this.known = known;
        this.problems = problems;
        this.cancellationToken = cancellationToken;
        this.fields = fields;
        this.enums = enums;
    }

    /// <summary>The projections being walked, outermost first: a projection that contains itself cannot be read.</summary>
    public HashSet<INamedTypeSymbol> Visiting { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>Reads one projection property; null when it names no field (reported), Unreadable when its type cannot be read.</summary>
    public ProjectedPropertySpec? Read(IPropertySymbol property, INamedTypeSymbol projection, INamedTypeSymbol resource, FieldContext context)
    {
        var location = DeclarationProblems.LocationOf(property);
        var resourceProperty = FindProperty(resource, property.Name);
        var fieldAttribute = resourceProperty is null ? null : known.Find(resourceProperty, known.Field);
        var jsonName = fieldAttribute?.ConstructorArguments.FirstOrDefault().Value as string;
        if (resourceProperty is null || string.IsNullOrEmpty(jsonName))
        {
            problems.Report(Descriptors.ProjectionPropertyNotAField, location, property.Name, projection.Name, resource.Name);
            return null;
        }

        var path = jsonName!.Split('.');
        var select = Named(fieldAttribute!, "Select") as string;
        var pathError = path.Any(string.IsNullOrWhiteSpace) ? "a path is JSON names joined by single dots, such as 'owner.login'"
            : select is not null && select.IndexOf(',') >= 0 ? "Select names one field to send, without commas"
            : null;
        if (pathError is not null)
        {
            problems.Report(Descriptors.FieldPathInvalid, location, resource.Name, resourceProperty.Name, jsonName, pathError);
            return null;
        }

        var scope = Named(fieldAttribute!, "Scope") as string;
        var classification = Named(fieldAttribute!, "Classification") is int declared ? declared : (int?)null;
        var own = new FieldContext(
            context.PathPrefix + jsonName,
            context.PropertyPrefix + property.Name,
            string.IsNullOrWhiteSpace(scope) ? context.Scope : scope,
            classification ?? context.Classification,
            // The fields parameter names top-level fields: the nearest Select, else the path's first segment.
            select ?? context.Sent ?? path[0]);

        var type = Classify(property.Type, out var kind, out var isNullable, out var item, out var isItemNullable);
        var resourceType = resourceProperty.Type;
        if (type == ValueShape.Unreadable)
        {
            problems.Report(Descriptors.UnsupportedFieldType, location, property.Name, projection.Name, TypeNames.ShortName(property.Type), InsteadOf(property.Type));
            return Unreadable(property, path);
        }

        if (!Matches(type, property.Type, item, resourceType))
        {
            problems.Report(Descriptors.ProjectionPropertyTypeMismatch, location, property.Name, projection.Name,
                TypeNames.ShortName(property.Type), resource.Name, TypeNames.ShortName(resourceType));
            return null;
        }

        var first = fields.Count;
        string itemTypeName;
        if (type is ValueShape.Projection or ValueShape.ProjectionList)
        {
            var nested = (INamedTypeSymbol)item!;
            if (!WalkNested(property, projection, nested, own, type == ValueShape.ProjectionList))
            {
                return Unreadable(property, path);
            }

            itemTypeName = TypeNames.FullName(nested.WithNullableAnnotation(NullableAnnotation.NotAnnotated));
        }
        else
        {
            // Nullable<T> and T? read the same T; the emitter adds the property's own '?'.
            var underlying = item is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapped ? wrapped.TypeArguments[0] : item!;
            if (kind == ValueKind.Enum && !AddEnum(property, projection, underlying))
            {
                return Unreadable(property, path);
            }

            fields.Add(new ProjectedFieldSpec(own.PropertyPrefix, own.PathPrefix, own.Sent!, own.Scope, own.Classification));
            itemTypeName = TypeNames.FullName(type == ValueShape.Value ? underlying.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : item!);
        }

        return new ProjectedPropertySpec(property.Name, path.ToEquatableArray(), type, kind, isNullable, isItemNullable, itemTypeName, first, fields.Count - first);
    }

    // A nested projection's fields become this projection's, in the nested projection's own order.
    private bool WalkNested(IPropertySymbol property, INamedTypeSymbol projection, INamedTypeSymbol nested, FieldContext own, bool isList)
    {
        var location = DeclarationProblems.LocationOf(property);
        if (!Visiting.Add(nested))
        {
            problems.Report(Descriptors.UnsupportedFieldType, location, property.Name, projection.Name, TypeNames.ShortName(property.Type),
                "a projection cannot contain itself, directly or through another; read the inner level into its own projection with the fields you need");
            return false;
        }

        try
        {
            // The nested projection reports its own problems where it is declared; here they only make this one unreadable.
            var nestedResource = ProjectionParser.ResourceOf(nested, known);
            if (ProjectionParser.DeclarationError(nested) is not null || nestedResource is null)
            {
                return false;
            }

            var inner = own with
            {
                PathPrefix = own.PathPrefix + (isList ? "[]." : "."),
                PropertyPrefix = own.PropertyPrefix + ".",
            };
            var quiet = new FieldWalker(known, DeclarationProblems.Counting(), cancellationToken, fields, enums);
            quiet.Visiting.UnionWith(Visiting);
            var properties = ProjectionParser.PublicProperties(nested);
            foreach (var nestedProperty in properties)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (quiet.Read(nestedProperty, nested, nestedResource, inner) is not { Shape: not ValueShape.Unreadable })
                {
                    return false;
                }
            }

            return properties.Count > 0 && !quiet.problems.Any;
        }
        finally
        {
            Visiting.Remove(nested);
        }
    }

    private bool AddEnum(IPropertySymbol property, INamedTypeSymbol projection, ITypeSymbol type)
    {
        var enumType = (INamedTypeSymbol)type;
        if (!EnumSpecs.IsAccessible(enumType))
        {
            problems.Report(Descriptors.UnsupportedFieldType, DeclarationProblems.LocationOf(property), property.Name, projection.Name,
                TypeNames.ShortName(property.Type), "the enum must be public or internal so that its wire-name reader can be generated");
            return false;
        }

        var fullName = TypeNames.FullName(enumType);
        if (!enums.ContainsKey(fullName))
        {
            enums[fullName] = EnumSpecs.Create(enumType, known);
        }

        return true;
    }

    private ValueShape Classify(ITypeSymbol type, out ValueKind kind, out bool isNullable, out ITypeSymbol? item, out bool isItemNullable)
    {
        isItemNullable = false;
        if (ValueKinds.TryGetReadable(type, known, out kind, out var isNullableValueType))
        {
            item = type;
            isNullable = isNullableValueType || (!type.IsValueType && type.NullableAnnotation != NullableAnnotation.NotAnnotated);
            return ValueShape.Value;
        }

        isNullable = type.NullableAnnotation != NullableAnnotation.NotAnnotated;
        item = null;
        if (type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            var definition = generic.OriginalDefinition;
            var last = generic.TypeArguments[generic.TypeArguments.Length - 1];
            var isList = KnownTypes.Is(definition, known.ReadOnlyListOfT);
            var isMap = KnownTypes.Is(definition, known.ReadOnlyDictionaryOfT) && generic.TypeArguments[0].SpecialType == SpecialType.System_String;
            if (isList || isMap)
            {
                item = last;
                if (ValueKinds.TryGetReadable(last, known, out kind, out var itemNullableValue))
                {
                    isItemNullable = itemNullableValue || (!last.IsValueType && last.NullableAnnotation != NullableAnnotation.NotAnnotated);
                    return isList ? ValueShape.List : ValueShape.Map;
                }

                if (isList && IsNestedProjection(last))
                {
                    return ValueShape.ProjectionList;
                }

                return ValueShape.Unreadable;
            }
        }

        if (IsNestedProjection(type))
        {
            item = type;
            return ValueShape.Projection;
        }

        return ValueShape.Unreadable;
    }

    private bool IsNestedProjection(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class } named && known.Find(named, known.Projection) is not null;

    // Same type (nullability aside), or a projection of the resource's type, or a list of one.
    private bool Matches(ValueShape shape, ITypeSymbol propertyType, ITypeSymbol? item, ITypeSymbol resourceType)
    {
        switch (shape)
        {
            case ValueShape.Projection:
                return SymbolEqualityComparer.Default.Equals(ProjectionParser.ResourceOf((INamedTypeSymbol)item!, known), resourceType);
            case ValueShape.ProjectionList:
                return resourceType is INamedTypeSymbol { IsGenericType: true } list
                    && KnownTypes.Is(list.OriginalDefinition, known.ReadOnlyListOfT)
                    && SymbolEqualityComparer.Default.Equals(ProjectionParser.ResourceOf((INamedTypeSymbol)item!, known), list.TypeArguments[0]);
            default:
                return SymbolEqualityComparer.Default.Equals(propertyType, resourceType);
        }
    }

    // What to write instead, for the SC4013 message.
    private string InsteadOf(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } map && KnownTypes.Is(map.OriginalDefinition, known.ReadOnlyDictionaryOfT))
        {
            return "a map is IReadOnlyDictionary<string, T> of a scalar T; read objects as IReadOnlyList<T> of a [Projection] or one [Projection] per known key";
        }

        var inner = type is INamedTypeSymbol { IsGenericType: true } generic ? generic.TypeArguments[generic.TypeArguments.Length - 1] : type;
        if (inner is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } nested && inner.SpecialType == SpecialType.None
            && nested.GetMembers().OfType<IPropertySymbol>().Any(p => known.Find(p, known.Field) is not null))
        {
            return $"to read the object, declare '[Projection(typeof({nested.Name}))] partial record {nested.Name}View(...)' with the fields you need and use it (or IReadOnlyList<{nested.Name}View>)";
        }

        return "use string, bool, int, long, double, decimal, DateTimeOffset, DateTime, DateOnly, Guid, Uri or an enum (each also nullable), a [Projection] of a nested object, IReadOnlyList<T> of these or IReadOnlyDictionary<string, T> of scalars";
    }

    private static ProjectedPropertySpec Unreadable(IPropertySymbol property, string[] path) =>
        new(property.Name, path.ToEquatableArray(), ValueShape.Unreadable, ValueKind.String, true, true, TypeNames.FullName(property.Type), 0, 0);

    private static object? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value;
            }
        }

        return null;
    }

    private static IPropertySymbol? FindProperty(INamedTypeSymbol resource, string name)
    {
        for (var type = resource; type is not null; type = type.BaseType)
        {
            var property = type.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault(p => !p.IsStatic && !p.IsIndexer);
            if (property is not null)
            {
                return property;
            }
        }

        return null;
    }
}
