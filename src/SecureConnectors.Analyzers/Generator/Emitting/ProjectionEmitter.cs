using System.Globalization;
using System.Linq;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>
/// Writes a projection's field lists and its reader: a walk over the object's properties with <c>Utf8JsonReader</c>
/// that finds each name in a runtime <c>JsonPropertyNames</c> table (one per JSON object, so the generated code stays
/// small to compile), reads the projected values, and skips every other value without materialising it.
/// </summary>
internal static partial class ProjectionEmitter
{
    private const string Values = "global::SecureConnectors.Runtime.JsonFieldValue";
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string Names = "SecureConnectorsJson";
    private const string List = "global::System.Collections.Generic.IReadOnlyList";
    private const string Map = "global::System.Collections.Generic.IReadOnlyDictionary";

    public static string Emit(ProjectionSpec projection)
    {
        var w = GeneratedCode.Begin(projection.Namespace);
        w.Open($"partial {(projection.IsRecord ? "record" : "class")} {projection.Name}");

        w.Line("/// <summary>");
        w.Line("/// Per field read (bit i of the reader's mask), the name it sends in the connector's fields parameter: a nested");
        w.Line("/// field sends its top-level object's name unless its [Field] says otherwise with Select; \"\" sends nothing.");
        w.Line("/// </summary>");
        w.Line(GeneratedCode.Attribute);
        w.Line($"public static {List}<string> JsonFieldNames {{ get; }} = {StringArray("string", projection.Fields.Select(f => f.SentName))};");
        w.Line();

        w.Line("/// <summary>The scope each field needs (null: none), aligned with <see cref=\"JsonFieldNames\"/>.</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Line($"public static {List}<string?> JsonFieldScopes {{ get; }} = {StringArray("string?", projection.Fields.Select(f => f.Scope))};");
        w.Line();

        w.Line("/// <summary>The dotted path each field is read at (<c>owner.login</c>, <c>labels[].name</c>), aligned with <see cref=\"JsonFieldNames\"/>.</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Line($"public static {List}<string> JsonFieldPaths {{ get; }} = {StringArray("string", projection.Fields.Select(f => f.Path))};");
        w.Line();

        w.Line("/// <summary>Reads every field of the projection from the JSON object the reader is on.</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Line($"public static {projection.FullName} ReadJson(ref {Reader} reader) => ReadJson(ref reader, ulong.MaxValue);");
        w.Line();

        if (projection.IsReadable)
        {
            var tree = ReaderTree.Build(projection);
            WriteReader(w, projection, tree);
            w.Line();
            WriteCreateDefault(w, projection);
            w.Line();
            WriteReadList(w, projection);
            w.Line();
            WriteNames(w, projection, tree);
        }
        else
        {
            WriteUnreadable(w, projection);
            w.Line();
            WriteReadList(w, projection);
        }

        w.Close();
        return GeneratedCode.End(w, projection.Namespace);
    }

    private static void WriteReader(SourceWriter w, ProjectionSpec projection, ReaderTree tree)
    {
        w.Line("/// <summary>");
        w.Line("/// Reads the projection from the JSON object the reader is on, keeping the fields whose bit is set in");
        w.Line("/// <paramref name=\"fieldMask\"/> (bit i: the i-th of <see cref=\"JsonFieldNames\"/>). Every other value is skipped");
        w.Line("/// unread; a field that is masked out or missing keeps its default value. A value that does not fit its property");
        w.Line("/// throws <see cref=\"global::SecureConnectors.InvalidResponseException\"/> with its path relative to this object.");
        w.Line("/// </summary>");
        w.Line(GeneratedCode.Attribute);
        w.Open($"public static {projection.FullName} ReadJson(ref {Reader} reader, ulong fieldMask)");
        w.Line($"{Values}.ExpectStartObject(ref reader);");
        WriteLocals(w, projection);
        var copies = 0;
        WriteObjectLoop(w, projection, tree.Root, "reader", ref copies);
        w.Line();
        WriteConstruction(w, projection);
        w.Close();
    }

    // One loop per JSON object. The runtime table moves to the next name that has readers and a bit set in the mask
    // (skipping every other value) and leaves the reader on its value, so a case holds only the reads themselves:
    // every statement here is compiled again for each projection of every build.
    private static void WriteObjectLoop(SourceWriter w, ProjectionSpec projection, ReaderTree.ObjectNode node, string reader, ref int copies)
    {
        var name = "name" + node.Id.ToString(CultureInfo.InvariantCulture);
        w.Line($"int {name};");
        w.Open($"while (({name} = {Names}.Names{node.Id}.Next(ref {reader}, fieldMask)) >= 0)");
        w.Open($"switch ({name})");
        for (var i = 0; i < node.Names.Count; i++)
        {
            var entry = node.Names[i];
            w.Line($"case {i}:");
            w.Indent();
            var consumers = entry.Readers.Count + (entry.Object is null ? 0 : 1);
            var guard = consumers > 1;
            for (var c = 0; c < entry.Readers.Count; c++)
            {
                var property = entry.Readers[c];
                var source = reader;
                if (guard)
                {
                    w.Open($"if ((fieldMask & {Hex(ReaderTree.FieldMask(property))}) != 0)");
                }

                if (c < consumers - 1)
                {
                    // Another reader needs the same value: read this one from a copy (Utf8JsonReader is a struct).
                    source = "copy" + copies++.ToString(CultureInfo.InvariantCulture);
                    w.Line($"var {source} = {reader};");
                }

                w.Line($"{Local(property)} = {ReadExpression(projection, property, source)};");
                if (guard)
                {
                    w.Close();
                    if (c == consumers - 1)
                    {
                        // The last reader reads the reader itself; masked out, it must still move past the value.
                        w.Open("else");
                        w.Line($"{reader}.Skip();");
                        w.Close();
                    }
                }
            }

            if (entry.Object is { } inner)
            {
                // A dotted path goes through this object: null or absent leaves the fields under it at their defaults.
                w.Open($"if ({reader}.TokenType != global::System.Text.Json.JsonTokenType.Null)");
                w.Line($"{Values}.ExpectStartObject(ref {reader}, {Names}.Object{inner.Id});");
                WriteObjectLoop(w, projection, inner, reader, ref copies);
                w.Close();
            }

            w.Line("break;");
            w.Outdent();
        }

        w.Close();
        w.Close();
    }

    private static string ReadExpression(ProjectionSpec projection, ProjectedPropertySpec property, string reader)
    {
        var field = $"{Names}.{FieldName(property)}";
        var nullable = property.IsNullable ? "Nullable" : "";
        switch (property.Shape)
        {
            case ValueShape.Value when property.Kind == ValueKind.Enum:
                return $"{EnumHelper(projection, property.ItemTypeFullName)}.Read{nullable}(ref {reader}, {field})";
            case ValueShape.Value:
                return $"{Values}.Read{nullable}{property.Kind}(ref {reader}, {field})";
            case ValueShape.List:
                return $"{Values}.Read{nullable}List(ref {reader}, {field}, {ItemReader(projection, property)})";
            case ValueShape.Map:
                return $"{Values}.Read{nullable}Map(ref {reader}, {field}, {ItemReader(projection, property)})";
            case ValueShape.Projection:
                return $"{Values}.Read{nullable}Object(ref {reader}, {field}, {SubMask(property)}, {Names}.{NestedReaderName(property)})";
            default:
                return $"{Values}.Read{nullable}Objects(ref {reader}, {field}, {SubMask(property)}, {Names}.{NestedReaderName(property)})";
        }
    }

    private static string ItemReader(ProjectionSpec projection, ProjectedPropertySpec property)
    {
        var nullable = property.IsItemNullable ? "Nullable" : "";
        return property.Kind == ValueKind.Enum
            ? $"{EnumHelper(projection, property.ItemTypeFullName.TrimEnd('?'))}.{nullable}Reader"
            : $"global::SecureConnectors.Runtime.JsonValueReaders.{nullable}{property.Kind}";
    }

    private static string EnumHelper(ProjectionSpec projection, string enumFullName)
    {
        var spec = projection.Enums.First(e => e.FullName == enumFullName);
        return EnumWireNamesEmitter.HelperFullName(spec);
    }

    // The nested projection's own bits: its fields are numbered from 0 in its reader.
    private static string SubMask(ProjectedPropertySpec property)
    {
        if (property.FieldCount >= 64)
        {
            return "fieldMask";
        }

        var bits = Hex(ReaderTree.FieldMask(property) >> property.FirstField);
        return property.FirstField == 0 ? $"fieldMask & {bits}" : $"(fieldMask >> {property.FirstField}) & {bits}";
    }

    private static string Hex(ulong mask) => "0x" + mask.ToString("X", CultureInfo.InvariantCulture) + "UL";

    private static string StringArray(string type, System.Collections.Generic.IEnumerable<string?> values)
    {
        var items = values.Select(GeneratedCode.Literal).ToList();
        return items.Count == 0 ? $"global::System.Array.Empty<{type}>()" : $"new {type}[] {{ {string.Join(", ", items)} }}";
    }
}
