using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// Reads a <c>[Projection]</c> type and the <c>[Field]</c>s of its resource into a <see cref="ProjectionSpec"/>.
/// A projection whose properties cannot all be read still gets a spec (not readable): its members are generated so
/// that clients using it compile, and the SC4xxx diagnostics say what to change. Only a type the generator cannot
/// add members to (not partial, nested, generic) gets none.
/// </summary>
internal static class ProjectionParser
{
    /// <summary>The client narrows fields per call with a 64-bit mask: one bit per field read, nested ones included.</summary>
    public const int MaxFields = 64;

    public static ProjectionSpec? Parse(INamedTypeSymbol projection, KnownTypes known, DeclarationProblems problems, CancellationToken cancellationToken)
    {
        var attribute = known.Find(projection, known.Projection);
        if (attribute is null)
        {
            return null;
        }

        var name = projection.Name;
        var location = DeclarationProblems.LocationOf(projection);
        var declarationError = DeclarationError(projection);
        if (declarationError is not null)
        {
            problems.Report(Descriptors.ProjectionDeclarationInvalid, location, name, declarationError);
            return null;
        }

        var fields = new List<ProjectedFieldSpec>();
        var enums = new Dictionary<string, EnumSpec>();
        var properties = PublicProperties(projection);
        var resource = ResourceOf(projection, known);
        if (resource is null)
        {
            var named = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is ITypeSymbol t ? TypeNames.ShortName(t) : null;
            problems.Report(Descriptors.ProjectionDeclarationInvalid, DeclarationProblems.LocationOf(attribute, projection, cancellationToken), name,
                named is null ? "[Projection] names no resource type; write [Projection(typeof(TheResource))]" : $"'{named}' is not a class whose properties carry [Field]");
            return Unreadable(projection, name, fields, enums);
        }

        var resourceName = known.Find(resource, known.Resource)?.ConstructorArguments.FirstOrDefault().Value as string ?? resource.Name;
        if (properties.Count == 0)
        {
            problems.Report(Descriptors.ProjectionDeclarationInvalid, location, name, "it declares no public properties to read");
            return Unreadable(projection, name, fields, enums, resourceName);
        }

        var walker = new FieldWalker(known, problems, cancellationToken, fields, enums);
        walker.Visiting.Add(projection);
        var specs = new Dictionary<string, ProjectedPropertySpec>();
        var readable = true;
        foreach (var property in properties)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var spec = walker.Read(property, projection, resource, FieldContext.Root);
            if (spec is null || spec.Shape == ValueShape.Unreadable)
            {
                readable = false;
            }
            else
            {
                specs[property.Name] = spec;
            }
        }

        if (fields.Count > MaxFields)
        {
            problems.Report(Descriptors.ProjectionDeclarationInvalid, location, name,
                $"it reads {fields.Count} fields (nested ones included), more than {MaxFields}; a projection is a small view, split it");
            readable = false;
        }

        var constructorOrder = ConstructorOrder(projection, properties);
        if (constructorOrder is null && !CanInitialize(projection, properties))
        {
            problems.Report(Descriptors.ProjectionDeclarationInvalid, location, name,
                "it needs a constructor that takes every property (a positional record), or a parameterless constructor and settable properties");
            readable = false;
        }

        if (!readable)
        {
            return Unreadable(projection, name, fields.Take(MaxFields).ToList(), enums, resourceName);
        }

        var ordered = (constructorOrder ?? properties.Select(p => p.Name).ToList()).Select(n => specs[n]);
        return new ProjectionSpec(
            TypeNames.NamespaceOf(projection),
            name,
            TypeNames.FullName(projection),
            projection.IsRecord,
            constructorOrder is not null,
            resourceName,
            ordered.ToEquatableArray(),
            fields.ToEquatableArray(),
            enums.Values.OrderBy(e => e.FullName, System.StringComparer.Ordinal).ToEquatableArray(),
            IsReadable: true);
    }

    /// <summary>The type a projection projects: any class or struct whose properties carry [Field] ([Resource] or nested).</summary>
    internal static INamedTypeSymbol? ResourceOf(INamedTypeSymbol projection, KnownTypes known) =>
        known.Find(projection, known.Projection) is { ConstructorArguments: { Length: 1 } arguments }
        && arguments[0].Value is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } resource
        && (known.Find(resource, known.Resource) is not null || HasFields(resource, known))
            ? resource
            : null;

    private static bool HasFields(INamedTypeSymbol type, KnownTypes known)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.GetMembers().OfType<IPropertySymbol>().Any(p => known.Find(p, known.Field) is not null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why members cannot be generated into the type, or null.</summary>
    internal static string? DeclarationError(INamedTypeSymbol projection)
    {
        if (projection.IsStatic || projection.IsAbstract)
        {
            return "a projection is a concrete record or class";
        }

        if (projection.ContainingType is not null)
        {
            return "a projection is declared at namespace level, not nested in another type";
        }

        if (projection.IsGenericType)
        {
            return "a projection cannot be generic";
        }

        var declarations = projection.DeclaringSyntaxReferences;
        if (declarations.Length > 0 && !declarations.Any(r => r.GetSyntax() is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword)))
        {
            return "it is not partial; declare it 'partial' so that its reader can be generated into it";
        }

        return null;
    }

    internal static List<IPropertySymbol> PublicProperties(INamedTypeSymbol projection) =>
        projection.GetMembers().OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic && !p.IsIndexer && p.DeclaredAccessibility == Accessibility.Public)
            .ToList();

    private static ProjectionSpec Unreadable(INamedTypeSymbol projection, string name, List<ProjectedFieldSpec> fields, Dictionary<string, EnumSpec> enums, string? resourceName = null) =>
        new(
            TypeNames.NamespaceOf(projection),
            name,
            TypeNames.FullName(projection),
            projection.IsRecord,
            UsesConstructor: false,
            resourceName ?? name,
            EquatableArray<ProjectedPropertySpec>.Empty,
            fields.ToEquatableArray(),
            enums.Values.OrderBy(e => e.FullName, System.StringComparer.Ordinal).ToEquatableArray(),
            IsReadable: false);

    // The parameter order of a constructor that takes exactly the projected properties (a positional record's).
    private static List<string>? ConstructorOrder(INamedTypeSymbol projection, List<IPropertySymbol> properties)
    {
        foreach (var constructor in projection.InstanceConstructors)
        {
            if (constructor.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal)
                || constructor.Parameters.Length != properties.Count)
            {
                continue;
            }

            var matches = constructor.Parameters.All(parameter => properties.Any(p =>
                p.Name == parameter.Name && SymbolEqualityComparer.Default.Equals(p.Type, parameter.Type)));
            if (matches)
            {
                return constructor.Parameters.Select(p => p.Name).ToList();
            }
        }

        return null;
    }

    private static bool CanInitialize(INamedTypeSymbol projection, List<IPropertySymbol> properties) =>
        projection.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal)
        && properties.All(p => p.SetMethod is { DeclaredAccessibility: Accessibility.Public or Accessibility.Internal });
}
