using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>Maps a type to the value kind generated code can read or format, seeing through <c>Nullable&lt;T&gt;</c>.</summary>
internal static class ValueKinds
{
    public static bool TryGet(ITypeSymbol type, KnownTypes known, bool allowEnum, out ValueKind kind, out bool isNullableValueType)
    {
        isNullableValueType = false;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            isNullableValueType = true;
            type = nullable.TypeArguments[0];
        }

        kind = default;
        switch (type.SpecialType)
        {
            case SpecialType.System_String when !isNullableValueType:
                kind = ValueKind.String;
                return true;
            case SpecialType.System_Boolean:
                kind = ValueKind.Boolean;
                return true;
            case SpecialType.System_Int32:
                kind = ValueKind.Int32;
                return true;
            case SpecialType.System_Int64:
                kind = ValueKind.Int64;
                return true;
            case SpecialType.System_Double:
                kind = ValueKind.Double;
                return true;
            case SpecialType.System_Decimal:
                kind = ValueKind.Decimal;
                return true;
            case SpecialType.System_DateTime:
                kind = ValueKind.DateTime;
                return true;
        }

        if (KnownTypes.Is(type, known.Guid))
        {
            kind = ValueKind.Guid;
            return true;
        }

        if (KnownTypes.Is(type, known.DateTimeOffset))
        {
            kind = ValueKind.DateTimeOffset;
            return true;
        }

        if (allowEnum && type.TypeKind == TypeKind.Enum)
        {
            kind = ValueKind.Enum;
            return true;
        }

        return false;
    }

    /// <summary>The kinds a projection reads: those of parameters, enums, and also DateOnly and Uri.</summary>
    public static bool TryGetReadable(ITypeSymbol type, KnownTypes known, out ValueKind kind, out bool isNullableValueType)
    {
        if (TryGet(type, known, allowEnum: true, out kind, out isNullableValueType))
        {
            return true;
        }

        var underlying = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
        if (KnownTypes.Is(underlying, known.DateOnly))
        {
            kind = ValueKind.DateOnly;
            return true;
        }

        if (!isNullableValueType && KnownTypes.Is(underlying, known.Uri))
        {
            kind = ValueKind.Uri;
            return true;
        }

        return false;
    }
}
