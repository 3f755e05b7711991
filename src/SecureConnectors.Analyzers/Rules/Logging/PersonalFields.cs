using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// Which properties hold personal data, from the classification declared in code: a resource property whose
/// <c>[Field]</c> says <c>DataClass.Personal</c> or <c>Restricted</c>, the property of the same name on a
/// <c>[Projection(typeof(TheResource))]</c> type (the generator maps a projection property to the resource
/// property of its name), and a field of a nested object that declares no classification of its own while the
/// field holding it is personal (<c>repository.Owner.Login</c> under a personal <c>owner</c>: the runtime's own
/// inheritance rule, see <c>FieldAttribute</c>). A projection of such a nested type (<c>[Projection(typeof(Account))]</c>)
/// has no holder in its access path: its unclassified fields are personal when a personal field of the compilation
/// of a <c>[Resource]</c> type holds that type. Only the attributes of the properties read and of their types are
/// looked at, except for one walk over the compilation's [Resource] types, made once and only when an unclassified
/// projected field needs it (the attributes of every other type's members are never bound for it).
/// </summary>
internal sealed class PersonalFields
{
    private const int Personal = 2;
    private const int Restricted = 3;
    private const int Inherited = -1;

    private readonly INamedTypeSymbol? fieldAttribute;
    private readonly INamedTypeSymbol? projectionAttribute;
    private readonly ConcurrentDictionary<ITypeSymbol, bool> personalRecords = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, INamedTypeSymbol> resources = new(SymbolEqualityComparer.Default);

    private readonly Lazy<HashSet<ITypeSymbol>> typesHeldByPersonalFields;

    public PersonalFields(Compilation compilation)
    {
        fieldAttribute = compilation.GetTypeByMetadataName("SecureConnectors.FieldAttribute");
        projectionAttribute = compilation.GetTypeByMetadataName("SecureConnectors.ProjectionAttribute");
        var resourceAttribute = compilation.GetTypeByMetadataName("SecureConnectors.ResourceAttribute");
        typesHeldByPersonalFields = new Lazy<HashSet<ITypeSymbol>>(() => TypesHeldByPersonalFields(compilation.Assembly.GlobalNamespace, resourceAttribute));
    }

    /// <summary>False when the compilation does not reference SecureConnectors: nothing is classified.</summary>
    public bool IsAvailable => fieldAttribute is not null;

    /// <summary>
    /// Its own [Field] says so; or it is a projection's property and the resource's property of its name does; or it
    /// declares no classification and <paramref name="holderIsPersonal"/> (the field it was read from) is personal.
    /// </summary>
    public bool IsPersonal(IPropertySymbol property, bool holderIsPersonal = false)
    {
        var classification = Classification(property);
        if (classification is Personal or Restricted)
        {
            return true;
        }

        if (property.ContainingType is { } type && ResourceOf(type) is { } resource && IsPersonalIn(resource, property.Name))
        {
            return true;
        }

        return classification == Inherited && holderIsPersonal;
    }

    /// <summary>True for a property declared with <c>[Field]</c>: it takes part in the classification chain.</summary>
    public bool IsField(IPropertySymbol property) => HasAttribute(property, fieldAttribute);

    /// <summary>A projection record with a personal field: its generated ToString prints every property.</summary>
    public bool IsPersonalRecord(ITypeSymbol? type) =>
        type is INamedTypeSymbol { IsRecord: true } named && personalRecords.GetOrAdd(named, HasPersonalProperty);

    private bool HasPersonalProperty(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named || ResourceOf(named) is not { } resource)
        {
            return false;
        }

        foreach (var member in named.GetMembers())
        {
            if (member is IPropertySymbol property && IsPersonalIn(resource, property.Name))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsPersonalIn(INamedTypeSymbol resource, string name)
    {
        for (var t = resource; t is not null && t.SpecialType == SpecialType.None; t = t.BaseType)
        {
            foreach (var member in t.GetMembers(name))
            {
                if (member is IPropertySymbol property)
                {
                    var classification = Classification(property);
                    return classification is Personal or Restricted
                        || (classification == Inherited && typesHeldByPersonalFields.Value.Contains(resource));
                }
            }
        }

        return false;
    }

    // The types (and item types of lists and maps) of the personal [Field] properties of the compilation's resources.
    private HashSet<ITypeSymbol> TypesHeldByPersonalFields(INamespaceSymbol global, INamedTypeSymbol? resourceAttribute)
    {
        var held = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var namespaces = new Stack<INamespaceSymbol>();
        var types = new Stack<INamedTypeSymbol>();
        namespaces.Push(global);
        while (namespaces.Count > 0)
        {
            var current = namespaces.Pop();
            foreach (var inner in current.GetNamespaceMembers())
            {
                namespaces.Push(inner);
            }

            foreach (var type in current.GetTypeMembers())
            {
                types.Push(type);
            }
        }

        while (types.Count > 0)
        {
            var type = types.Pop();
            foreach (var nested in type.GetTypeMembers())
            {
                types.Push(nested);
            }

            if (!HasAttribute(type, resourceAttribute))
            {
                continue;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol property && Classification(property) is Personal or Restricted)
                {
                    AddWithItemTypes(held, property.Type);
                }
            }
        }

        return held;
    }

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeClass)
    {
        if (attributeClass is null)
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeClass))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddWithItemTypes(HashSet<ITypeSymbol> held, ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                AddWithItemTypes(held, array.ElementType);
                break;
            case INamedTypeSymbol named:
                held.Add(named);
                foreach (var argument in named.TypeArguments)
                {
                    held.Add(argument);
                }

                break;
        }
    }

    // The declared DataClass; Inherited for a [Field] that names none (it takes its holder's); 0 without [Field].
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

            return Inherited;
        }

        return 0;
    }

    // Cached per type; the type itself stands for "not a projection".
    private INamedTypeSymbol? ResourceOf(INamedTypeSymbol type)
    {
        var resource = resources.GetOrAdd(type, t => FindResource((INamedTypeSymbol)t) ?? (INamedTypeSymbol)t);
        return SymbolEqualityComparer.Default.Equals(resource, type) ? null : resource;
    }

    private INamedTypeSymbol? FindResource(INamedTypeSymbol type)
    {
        if (projectionAttribute is null)
        {
            return null;
        }

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
