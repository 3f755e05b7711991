using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// Whether writing a value to a log writes its data or only its type's name: strings, numbers, enums and other
/// structs, records and classes that override <c>ToString</c> print their data; a plain class prints its type name
/// (<c>Contoso.TicketRequester</c>), so a personal field that holds such an object leaks nothing by being logged. A
/// sequence prints what its items print (<c>ILogger</c> formats an <c>IEnumerable</c> item by item).
/// </summary>
internal static class PrintedValues
{
    private const int MaxDepth = 3;

    public static bool PrintsData(ITypeSymbol? type) => PrintsData(type, 0);

    private static bool PrintsData(ITypeSymbol? type, int depth)
    {
        if (type is null || depth > MaxDepth || type.TypeKind == TypeKind.Error)
        {
            // Unknown: assume the worst, as before this check existed.
            return true;
        }

        if (type is IArrayTypeSymbol array)
        {
            return PrintsData(array.ElementType, depth + 1);
        }

        if (type.SpecialType == SpecialType.System_String || type.IsValueType || type.TypeKind is TypeKind.TypeParameter or TypeKind.Interface or TypeKind.Dynamic)
        {
            return true;
        }

        if (type is not INamedTypeSymbol named || named.SpecialType == SpecialType.System_Object)
        {
            return true;
        }

        if (named.IsRecord || OverridesToString(named))
        {
            return true;
        }

        foreach (var implemented in named.AllInterfaces)
        {
            if (implemented is { Name: "IEnumerable", TypeArguments.Length: 1 } && implemented.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic")
            {
                return PrintsData(implemented.TypeArguments[0], depth + 1);
            }
        }

        return false;
    }

    private static bool OverridesToString(INamedTypeSymbol type)
    {
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
        {
            foreach (var member in t.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { IsOverride: true, Parameters.Length: 0 })
                {
                    return true;
                }
            }
        }

        return false;
    }
}
