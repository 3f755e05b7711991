using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>Reads a <c>[Projection]</c> type and the <c>[Field]</c>s of its resource into a <see cref="ProjectionSpec"/>.</summary>
internal static class ProjectionParser
{
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

        if (attribute.ConstructorArguments.Length != 1
            || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol resource
            || known.Find(resource, known.Resource) is not { } resourceAttribute)
        {
            var named = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is ITypeSymbol t ? TypeNames.ShortName(t) : null;
            problems.Report(Descriptors.ProjectionDeclarationInvalid, DeclarationProblems.LocationOf(attribute, projection, cancellationToken), name,
                named is null ? "[Projection] names no resource type" : $"'{named}' is not a class marked [Resource]");
            return null;
        }

        var properties = projection.GetMembers().OfType<IPropertySymbol>()
            .Where(p => !p.IsStatic && !p.IsIndexer && p.DeclaredAccessibility == Accessibility.Public)
            .ToList();
        if (properties.Count == 0)
        {
            problems.Report(Descriptors.ProjectionDeclarationInvalid, location, name, "it declares no public properties to read");
            return null;
        }

        // The client narrows fields per call with a 64-bit mask.
        if (properties.Count > 64)
        {
            problems.Report(Descriptors.ProjectionDeclarationInvalid, location, name, "it has more than 64 properties; a projection is a small view, split it");
            return null;
        }

        var fields = new Dictionary<string, ProjectedFieldSpec>();
        var valid = true;
        foreach (var property in properties)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var field = ReadField(property, projection, resource, known, problems);
            if (field is null)
            {
                valid = false;
            }
            else
            {
                fields[property.Name] = field;
            }
        }

        if (!valid)
        {
            return null;
        }

        var constructorOrder = ConstructorOrder(projection, properties);
        if (constructorOrder is null && !CanInitialize(projection, properties))
        {
            problems.Report(Descriptors.ProjectionDeclarationInvalid, location, name,
                "it needs a constructor that takes every property (a positional record), or a parameterless constructor and settable properties");
            return null;
        }

        var ordered = (constructorOrder ?? properties.Select(p => p.Name).ToList()).Select(n => fields[n]);
        return new ProjectionSpec(
            TypeNames.NamespaceOf(projection),
            name,
            TypeNames.FullName(projection),
            projection.IsRecord,
            constructorOrder is not null,
            resourceAttribute.ConstructorArguments.FirstOrDefault().Value as string ?? resource.Name,
            ordered.ToEquatableArray());
    }

    private static string? DeclarationError(INamedTypeSymbol projection)
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

    private static ProjectedFieldSpec? ReadField(IPropertySymbol property, INamedTypeSymbol projection, INamedTypeSymbol resource, KnownTypes known, DeclarationProblems problems)
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

        if (!SymbolEqualityComparer.Default.Equals(property.Type, resourceProperty.Type))
        {
            problems.Report(Descriptors.ProjectionPropertyTypeMismatch, location, property.Name, projection.Name,
                TypeNames.ShortName(property.Type), resource.Name, TypeNames.ShortName(resourceProperty.Type));
            return null;
        }

        if (!ValueKinds.TryGet(property.Type, known, allowEnum: false, out var kind, out var isNullableValueType))
        {
            problems.Report(Descriptors.UnsupportedFieldType, location, property.Name, projection.Name, TypeNames.ShortName(property.Type));
            return null;
        }

        var isNullable = isNullableValueType || (kind == ValueKind.String && property.Type.NullableAnnotation != NullableAnnotation.NotAnnotated);
        string? scope = null;
        var classification = 1;
        foreach (var argument in fieldAttribute!.NamedArguments)
        {
            if (argument.Key == "Scope")
            {
                scope = argument.Value.Value as string;
            }
            else if (argument.Key == "Classification" && argument.Value.Value is int value)
            {
                classification = value;
            }
        }

        return new ProjectedFieldSpec(property.Name, jsonName!, kind, isNullable, string.IsNullOrWhiteSpace(scope) ? null : scope, classification);
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
