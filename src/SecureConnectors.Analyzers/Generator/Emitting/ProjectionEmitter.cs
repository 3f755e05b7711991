using System.Linq;
using System.Text;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>
/// Writes a projection's JSON field list and its reader: a walk over the object's properties with
/// <c>Utf8JsonReader</c> that reads the projected fields and skips every other value without materialising it.
/// </summary>
internal static class ProjectionEmitter
{
    private const string Values = "global::SecureConnectors.Runtime.JsonFieldValue";
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string NamesClass = "SecureConnectorsJsonNames";

    public static string Emit(ProjectionSpec projection)
    {
        var w = GeneratedCode.Begin(projection.Namespace);
        w.Open($"partial {(projection.IsRecord ? "record" : "class")} {projection.Name}");

        w.Line("/// <summary>The JSON names of the fields this projection asks for and reads, in declaration order.</summary>");
        w.Line(GeneratedCode.Attribute);
        var names = string.Join(", ", projection.Fields.Select(f => GeneratedCode.Literal(f.JsonName)));
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<string> JsonFieldNames {{ get; }} = new string[] {{ {names} }};");
        w.Line();

        w.Line("/// <summary>The scope each field needs (null: none), aligned with <see cref=\"JsonFieldNames\"/>.</summary>");
        w.Line(GeneratedCode.Attribute);
        var scopes = string.Join(", ", projection.Fields.Select(f => GeneratedCode.Literal(f.Scope)));
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<string?> JsonFieldScopes {{ get; }} = new string?[] {{ {scopes} }};");
        w.Line();

        w.Line("/// <summary>Reads every field of the projection from the JSON object the reader is on.</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Line($"public static {projection.FullName} ReadJson(ref {Reader} reader) => ReadJson(ref reader, ulong.MaxValue);");
        w.Line();

        WriteReader(w, projection);
        w.Line();

        w.Line("/// <summary>Reads a JSON array of this projection, keeping the fields whose bit is set in <paramref name=\"fieldMask\"/>.</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{projection.FullName}> ReadJsonList(ref {Reader} reader, ulong fieldMask) =>");
        w.Line($"    {Values}.ReadList(ref reader, fieldMask, ReadJson);");
        w.Line();

        w.Line(GeneratedCode.Attribute);
        w.Open($"private static class {NamesClass}");
        foreach (var field in projection.Fields)
        {
            var bytes = string.Join(", ", Encoding.UTF8.GetBytes(field.JsonName).Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            w.Line($"/// <summary>UTF-8 of {System.Security.SecurityElement.Escape(GeneratedCode.Literal(field.JsonName))}.</summary>");
            w.Line($"public static readonly byte[] {GeneratedCode.Identifier(field.PropertyName)} = new byte[] {{ {bytes} }};");
        }

        w.Close();
        w.Close();
        return GeneratedCode.End(w, projection.Namespace);
    }

    private static void WriteReader(SourceWriter w, ProjectionSpec projection)
    {
        w.Line("/// <summary>");
        w.Line("/// Reads the projection from the JSON object the reader is on, keeping the fields whose bit is set in");
        w.Line("/// <paramref name=\"fieldMask\"/> (bit i: the i-th of <see cref=\"JsonFieldNames\"/>). Every other value is skipped");
        w.Line("/// unread; a field that is masked out or missing keeps its default value.");
        w.Line("/// </summary>");
        w.Line(GeneratedCode.Attribute);
        w.Open($"public static {projection.FullName} ReadJson(ref {Reader} reader, ulong fieldMask)");
        w.Line($"{Values}.ExpectStartObject(ref reader);");
        foreach (var field in projection.Fields)
        {
            w.Line($"{TypeOf(field)} {Local(field)} = {DefaultOf(field)};");
        }

        w.Open($"while ({Values}.NextProperty(ref reader))");
        var first = true;
        var index = 0;
        foreach (var field in projection.Fields)
        {
            w.Open($"{(first ? "" : "else ")}if ((fieldMask & {1UL << index}UL) != 0 && reader.ValueTextEquals({NamesClass}.{GeneratedCode.Identifier(field.PropertyName)}))");
            index++;
            w.Line($"{Values}.MoveToValue(ref reader);");
            w.Line($"{Local(field)} = {Values}.Read{(field.IsNullable ? "Nullable" : "")}{field.Kind}(ref reader);");
            w.Close();
            first = false;
        }

        w.Open("else");
        w.Line($"{Values}.SkipValue(ref reader);");
        w.Close();
        w.Close();
        w.Line();

        if (projection.UsesConstructor)
        {
            w.Line($"return new {projection.FullName}({string.Join(", ", projection.Fields.Select(Local))});");
        }
        else
        {
            w.Open($"return new {projection.FullName}");
            foreach (var field in projection.Fields)
            {
                w.Line($"{GeneratedCode.Identifier(field.PropertyName)} = {Local(field)},");
            }

            w.Close(";");
        }

        w.Close();
    }

    // Prefixed so that a property named like a parameter or keyword ("reader", "class") cannot collide.
    private static string Local(ProjectedFieldSpec field) => "value_" + field.PropertyName;

    private static string TypeOf(ProjectedFieldSpec field)
    {
        var type = field.Kind switch
        {
            ValueKind.String => "string",
            ValueKind.Boolean => "bool",
            ValueKind.Int32 => "int",
            ValueKind.Int64 => "long",
            ValueKind.Double => "double",
            ValueKind.Decimal => "decimal",
            ValueKind.Guid => "global::System.Guid",
            ValueKind.DateTimeOffset => "global::System.DateTimeOffset",
            _ => "global::System.DateTime",
        };
        return field.IsNullable ? type + "?" : type;
    }

    private static string DefaultOf(ProjectedFieldSpec field) =>
        field.IsNullable ? "null" : field.Kind == ValueKind.String ? "\"\"" : "default";
}
