using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>
/// The expressions that turn a route or query value into text: invariant culture, ISO 8601 dates unless a Format is
/// given, enums by wire name (through the generated <c>WireName</c> methods, no reflection).
/// </summary>
internal static class RequestValueEmitter
{
    private const string Values = "global::SecureConnectors.Runtime.ParameterValue";
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    /// <summary>A string? expression for <paramref name="name"/>, null when a nullable value has none.</summary>
    public static string Text(string name, ValueKind kind, bool isNullableValueType, ValueFormatSpec? formatting, string writers)
    {
        var value = isNullableValueType ? name + ".Value" : name;
        var text = NonNullText(value, kind, formatting?.DateFormat, writers);
        return isNullableValueType ? $"({name}.HasValue ? {text} : null)" : text;
    }

    /// <summary>The text of a value known to be present.</summary>
    public static string NonNullText(string value, ValueKind kind, string? dateFormat, string writers) => kind switch
    {
        ValueKind.Enum => $"{writers}.WireName({value})",
        ValueKind.DateOnly => $"{value}.ToString({GeneratedCode.Literal(dateFormat ?? "yyyy-MM-dd")}, {Invariant})",
        ValueKind.DateTime or ValueKind.DateTimeOffset when dateFormat is not null => $"{value}.ToString({GeneratedCode.Literal(dateFormat)}, {Invariant})",
        ValueKind.Uri => $"{value}.OriginalString",
        _ => $"{Values}.Format({value})",
    };

    /// <summary>The string? text of a route or query parameter that holds one value.</summary>
    public static string ParameterText(ParameterSpec parameter, string writers)
    {
        var name = GeneratedCode.Identifier(parameter.Name);
        return parameter.Kind == ValueKind.Uri
            ? $"{Values}.Format({name})"
            : Text(name, parameter.Kind, parameter.IsNullableValueType, parameter.Formatting, writers);
    }

    /// <summary>Adds a query parameter: one value, or each item of a collection (repeated or joined with commas).</summary>
    public static void WriteQuery(SourceWriter w, ParameterSpec parameter, string writers)
    {
        var name = GeneratedCode.Identifier(parameter.Name);
        var key = GeneratedCode.Literal(parameter.QueryName);
        var formatting = parameter.Formatting;
        if (formatting is not { IsCollection: true })
        {
            w.Line($"__query.Add({key}, {ParameterText(parameter, writers)});");
            return;
        }

        var item = "__" + parameter.Name + "Item";
        var itemText = parameter.Kind == ValueKind.Uri
            ? $"{Values}.Format({item})"
            : Text(item, parameter.Kind, parameter.IsNullableValueType, formatting, writers);
        w.Open($"if ({name} is object)");
        if (formatting.Csv)
        {
            var list = "__" + parameter.Name + "Values";
            w.Line($"var {list} = new global::System.Collections.Generic.List<string?>();");
            w.Open($"foreach (var {item} in {name})");
            w.Line($"{list}.Add({itemText});");
            w.Close();
            w.Line($"__query.AddCsv({key}, {list});");
        }
        else
        {
            w.Open($"foreach (var {item} in {name})");
            w.Line($"__query.Add({key}, {itemText});");
            w.Close();
        }

        w.Close();
    }
}
