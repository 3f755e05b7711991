using System.Linq;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// The values a request can carry (route, query, body): what projections read, plus DateOnly, Uri and enums. Types are
/// matched by name so that the parser needs no compilation-wide lookups beyond <see cref="KnownTypes"/>.
/// </summary>
internal static class RequestValues
{
    public static bool TryGetScalar(ITypeSymbol type, KnownTypes known, out ValueKind kind, out bool isNullableValueType)
    {
        if (ValueKinds.TryGet(type, known, allowEnum: true, out kind, out isNullableValueType))
        {
            return true;
        }

        var underlying = UnwrapNullable(type, out isNullableValueType);
        if (IsNamed(underlying, "System", "DateOnly"))
        {
            kind = ValueKind.DateOnly;
            return true;
        }

        if (!isNullableValueType && IsNamed(underlying, "System", "Uri"))
        {
            kind = ValueKind.Uri;
            return true;
        }

        return false;
    }

    public static ITypeSymbol UnwrapNullable(ITypeSymbol type, out bool isNullableValueType)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            isNullableValueType = true;
            return nullable.TypeArguments[0];
        }

        isNullableValueType = false;
        return type;
    }

    /// <summary>The item type of an array or of a type that is or implements <c>IEnumerable&lt;T&gt;</c> (not string).</summary>
    public static ITypeSymbol? ElementOf(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.Rank == 1 ? array.ElementType : null;
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } enumerable)
        {
            return enumerable.TypeArguments[0];
        }

        return type.AllInterfaces
            .FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            ?.TypeArguments[0];
    }

    /// <summary>
    /// The value type of a dictionary (the type, or an interface it implements, is <c>IReadOnlyDictionary&lt;K, V&gt;</c> or
    /// <c>IDictionary&lt;K, V&gt;</c>), with whether its key is a string.
    /// </summary>
    public static ITypeSymbol? MapValueOf(ITypeSymbol type, out bool keyIsString)
    {
        keyIsString = false;
        var map = new[] { type }.Concat(type.AllInterfaces).OfType<INamedTypeSymbol>()
            .FirstOrDefault(t => t.TypeArguments.Length == 2
                && IsNamed(t.OriginalDefinition, "System.Collections.Generic", "IReadOnlyDictionary", "IDictionary"));
        if (map is null)
        {
            return null;
        }

        keyIsString = map.TypeArguments[0].SpecialType == SpecialType.System_String;
        return map.TypeArguments[1];
    }

    public static bool IsNamed(ITypeSymbol? type, string ns, params string[] names) =>
        type is not null && names.Contains(type.MetadataName.Split('`')[0]) && type.ContainingNamespace?.ToDisplayString() == ns;

    public static AttributeData? FindByName(ISymbol symbol, string ns, string name) =>
        symbol.GetAttributes().FirstOrDefault(a => IsNamed(a.AttributeClass, ns, name));
}
