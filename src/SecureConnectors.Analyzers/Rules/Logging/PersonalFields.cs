using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// Which properties hold personal data, from the classification declared in code: a resource property whose
/// <c>[Field]</c> says <c>DataClass.Personal</c> or <c>Restricted</c>, and the property of the same name on a
/// <c>[Projection(typeof(TheResource))]</c> type (the generator maps a projection property to the resource
/// property of its name). Cached per type for the compilation.
/// </summary>
internal sealed class PersonalFields
{
    private const int Personal = 2;
    private const int Restricted = 3;

    private readonly INamedTypeSymbol? fieldAttribute;
    private readonly INamedTypeSymbol? projectionAttribute;
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableHashSet<string>> byType = new(SymbolEqualityComparer.Default);

    public PersonalFields(Compilation compilation)
    {
        fieldAttribute = compilation.GetTypeByMetadataName("SecureConnectors.FieldAttribute");
        projectionAttribute = compilation.GetTypeByMetadataName("SecureConnectors.ProjectionAttribute");
    }

    /// <summary>False when the compilation does not reference SecureConnectors: nothing is classified.</summary>
    public bool IsAvailable => fieldAttribute is not null;

    public bool IsPersonal(IPropertySymbol property) =>
        property.ContainingType is { } type && PersonalPropertiesOf(type).Contains(property.Name);

    /// <summary>A projection record with a personal field: its generated ToString prints every property.</summary>
    public bool IsPersonalRecord(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsRecord: true } named && ResourceOf(named) is not null && !PersonalPropertiesOf(named).IsEmpty;

    private ImmutableHashSet<string> PersonalPropertiesOf(ITypeSymbol type) =>
        byType.GetOrAdd(type, t => Compute(t));

    private ImmutableHashSet<string> Compute(ITypeSymbol type)
    {
        if (fieldAttribute is null || type is not INamedTypeSymbol named)
        {
            return ImmutableHashSet<string>.Empty;
        }

        var classified = ClassifiedProperties(named);
        if (ResourceOf(named) is { } resource)
        {
            var ofResource = ClassifiedProperties(resource);
            foreach (var member in named.GetMembers())
            {
                if (member is IPropertySymbol property && ofResource.Contains(property.Name))
                {
                    classified = classified.Add(property.Name);
                }
            }
        }

        return classified;
    }

    private ImmutableHashSet<string> ClassifiedProperties(INamedTypeSymbol type)
    {
        var names = ImmutableHashSet<string>.Empty;
        for (var t = type; t is not null && t.SpecialType == SpecialType.None; t = t.BaseType)
        {
            foreach (var member in t.GetMembers())
            {
                if (member is IPropertySymbol property && Classification(property) is Personal or Restricted)
                {
                    names = names.Add(property.Name);
                }
            }
        }

        return names;
    }

    private int Classification(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, fieldAttribute))
            {
                continue;
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Classification" && named.Value.Value is int value)
                {
                    return value;
                }
            }
        }

        return 0;
    }

    private INamedTypeSymbol? ResourceOf(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, projectionAttribute)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is INamedTypeSymbol resource)
            {
                return resource;
            }
        }

        return null;
    }
}
