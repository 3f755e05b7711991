using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// An object logged under a destructuring hole of a message template (<c>logger.LogInformation("Options {@Options}",
/// options)</c>, Serilog's <c>Log.Information("{@Request}", request)</c>): Serilog, and the Microsoft.Extensions.Logging
/// providers built on it, write such an object member by member, so a secret-named public string property of its type
/// (or of a base type) is written out. Holes map to the values after the template by position, as both libraries map them.
/// A member marked not to be logged (Destructurama's <c>[NotLogged]</c>, <c>[LogMasked]</c>) is not written so.
/// </summary>
internal static class DestructuredObjects
{
    public static void Find(ImmutableArray<IArgumentOperation> arguments, List<SensitiveValue> found)
    {
        var templateAt = -1;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i].Value.ConstantValue is { HasValue: true, Value: string text } && text.IndexOf("{@", System.StringComparison.Ordinal) >= 0)
            {
                templateAt = i;
                break;
            }
        }

        if (templateAt < 0)
        {
            return;
        }

        var holes = Holes((string)arguments[templateAt].Value.ConstantValue.Value!);
        var values = ValuesAfter(arguments, templateAt);
        for (var i = 0; i < holes.Count && i < values.Count; i++)
        {
            if (holes[i] && SecretMember(VisibleType(values[i])) is { } member)
            {
                found.Add(new SensitiveValue(values[i], "Object destructured with its secret member", Describe(values[i]) + "." + member));
            }
        }
    }

    // Per hole of the template, in order: whether it destructures ({@Name}). {{ and }} are literal braces.
    private static List<bool> Holes(string template)
    {
        var holes = new List<bool>();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            var close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                break;
            }

            holes.Add(i + 1 < close && template[i + 1] == '@');
            i = close;
        }

        return holes;
    }

    // The values after the template: each argument's value, and the elements of a params array one by one.
    private static List<IOperation> ValuesAfter(ImmutableArray<IArgumentOperation> arguments, int templateAt)
    {
        var values = new List<IOperation>();
        for (var i = templateAt + 1; i < arguments.Length; i++)
        {
            var argument = arguments[i];
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                values.AddRange(initializer.ElementValues);
            }
            else if (LogSinks.IsSpanOfValues(argument.Value.Type) && argument.Value.IsImplicit)
            {
                values.AddRange(argument.Value.ChildOperations); // params ReadOnlySpan<object?>: one value per element
            }
            else
            {
                values.Add(argument.Value);
            }
        }

        return values;
    }

    private static ITypeSymbol? VisibleType(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value.Type;
    }

    private static string Describe(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return SensitiveValues.Describe(value) ?? value.Type?.Name ?? "value";
    }

    private static string? SecretMember(ITypeSymbol? type)
    {
        if (type is null || type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return null;
        }

        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsIndexer: false, Type.SpecialType: SpecialType.System_String } property
                    && LoggedSecretNames.SaysSecret(property.Name)
                    && !IsMarkedNotLogged(property))
                {
                    return property.Name;
                }
            }
        }

        return null;
    }

    private static bool IsMarkedNotLogged(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is "NotLoggedAttribute" or "LogMaskedAttribute" or "LogReplacedAttribute")
            {
                return true;
            }
        }

        return false;
    }
}
