using System.Globalization;
using System.Linq;
using System.Text;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Emitting;

// The reader's locals and construction, the default instance, the list reader and the name lookup.
internal static partial class ProjectionEmitter
{
    private static void WriteLocals(SourceWriter w, ProjectionSpec projection)
    {
        foreach (var property in projection.Properties)
        {
            w.Line($"{LocalType(property)} {Local(property)} = {LocalDefault(property)};");
        }
    }

    private static void WriteConstruction(SourceWriter w, ProjectionSpec projection)
    {
        if (projection.UsesConstructor)
        {
            w.Line($"return new {projection.FullName}({string.Join(", ", projection.Properties.Select(Argument))});");
            return;
        }

        w.Open($"return new {projection.FullName}");
        foreach (var property in projection.Properties)
        {
            w.Line($"{GeneratedCode.Identifier(property.PropertyName)} = {Argument(property)},");
        }

        w.Close(";");
    }

    private static void WriteCreateDefault(SourceWriter w, ProjectionSpec projection)
    {
        w.Line("/// <summary>The value of a non-nullable property of this type whose object is missing or masked out: every property at its default.</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"public static {projection.FullName} CreateDefault()");
        WriteLocals(w, projection);
        WriteConstruction(w, projection);
        w.Close();
    }

    private static void WriteReadList(SourceWriter w, ProjectionSpec projection)
    {
        w.Line("/// <summary>Reads a JSON array of this projection, keeping the fields whose bit is set in <paramref name=\"fieldMask\"/>.</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Line($"public static {List}<{projection.FullName}> ReadJsonList(ref {Reader} reader, ulong fieldMask) =>");
        w.Line($"    {Values}.ReadList(ref reader, fieldMask, ReadJson);");
    }

    // Members that compile, so that the user sees the SC4xxx errors of the declaration rather than CS errors here.
    private static void WriteUnreadable(SourceWriter w, ProjectionSpec projection)
    {
        var message = GeneratedCode.Literal($"Projection '{projection.Name}' cannot be read: its declaration has errors (SC4xxx) that the build reports.");
        w.Line("/// <summary>Not generated: the declaration has errors (SC4xxx) that the build reports.</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Line($"public static {projection.FullName} ReadJson(ref {Reader} reader, ulong fieldMask) =>");
        w.Line($"    throw new global::System.NotSupportedException({message});");
        w.Line();
        w.Line("/// <summary>Not generated: the declaration has errors (SC4xxx) that the build reports.</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Line($"public static {projection.FullName} CreateDefault() => throw new global::System.NotSupportedException({message});");
    }

    private static void WriteNames(SourceWriter w, ProjectionSpec projection, ReaderTree tree)
    {
        w.Line(GeneratedCode.Attribute);
        w.Open($"private static class {Names}");
        foreach (var property in projection.Properties)
        {
            w.Line($"public static readonly global::SecureConnectors.Runtime.ResponseField {FieldName(property)} = {NewField(projection, property.PropertyName, string.Join(".", property.Path))};");
            if (property.Shape is ValueShape.Projection or ValueShape.ProjectionList)
            {
                var nested = property.ItemTypeFullName;
                w.Line($"public static readonly global::SecureConnectors.Runtime.ResponseReader<{nested}> {NestedReaderName(property)} = {nested}.ReadJson;");
            }
        }

        foreach (var node in tree.Objects.Skip(1))
        {
            w.Line($"public static readonly global::SecureConnectors.Runtime.ResponseField Object{node.Id} = {NewField(projection, node.FirstReader!.PropertyName, node.Path)};");
        }

        foreach (var node in tree.Objects)
        {
            w.Line();
            WriteMatch(w, node);
        }

        w.Close();
    }

    // Which name of the object the reader is on: a switch on the UTF-8 length, then on one distinguishing byte, then
    // one comparison (as System.Text.Json's generated code does).
    // Escaped names (rare: "\u0069d") take the slow path, which compares unescaped text.
    private static void WriteMatch(SourceWriter w, ReaderTree.ObjectNode node)
    {
        var id = node.Id.ToString(CultureInfo.InvariantCulture);
        var names = node.Names.Select((n, i) => (Bytes: Encoding.UTF8.GetBytes(n.Name), Index: i, n.Name)).ToList();
        w.Line($"/// <summary>The index of the property name the reader is on among those read{(node.Path.Length == 0 ? "" : " in " + System.Security.SecurityElement.Escape(GeneratedCode.Literal(node.Path)))}, or -1.</summary>");
        w.Open($"public static int Match{id}(ref {Reader} reader)");
        w.Open("if (reader.ValueIsEscaped || reader.HasValueSequence)");
        w.Line($"return Match{id}Slow(ref reader);");
        w.Close();
        w.Line();
        w.Line("var name = reader.ValueSpan;");
        w.Open("switch (name.Length)");
        foreach (var group in names.GroupBy(n => n.Bytes.Length).OrderBy(g => g.Key))
        {
            w.Line($"case {group.Key}:");
            w.Open("");
            var candidates = group.ToList();
            if (candidates.Count == 1)
            {
                w.Line($"return global::System.MemoryExtensions.SequenceEqual(name, Name{id}_{candidates[0].Index}) ? {candidates[0].Index} : -1;");
            }
            else
            {
                // Same length: switch on the byte that tells most of them apart ("field03" and "field04": the last),
                // so that a name is compared with at most the few that share it.
                var at = Enumerable.Range(0, group.Key).OrderByDescending(i => candidates.Select(c => c.Bytes[i]).Distinct().Count()).ThenBy(i => i).First();
                w.Open($"switch (name[{at}])");
                foreach (var byByte in candidates.GroupBy(c => c.Bytes[at]).OrderBy(g => g.Key))
                {
                    w.Line($"case {byByte.Key}:");
                    foreach (var name in byByte)
                    {
                        w.Line($"    if (global::System.MemoryExtensions.SequenceEqual(name, Name{id}_{name.Index})) return {name.Index};");
                    }

                    w.Line("    return -1;");
                }

                w.Line("default:");
                w.Line("    return -1;");
                w.Close();
            }

            w.Close();
        }

        w.Line("default:");
        w.Line("    return -1;");
        w.Close();
        w.Close();
        w.Line();
        w.Open($"private static int Match{id}Slow(ref {Reader} reader)");
        foreach (var name in names)
        {
            w.Line($"if (reader.ValueTextEquals(Name{id}_{name.Index})) return {name.Index};");
        }

        w.Line("return -1;");
        w.Close();
        foreach (var name in names)
        {
            w.Line();
            w.Line($"/// <summary>UTF-8 of {System.Security.SecurityElement.Escape(GeneratedCode.Literal(name.Name))}.</summary>");
            var bytes = string.Join(", ", name.Bytes.Select(b => b.ToString(CultureInfo.InvariantCulture)));
            w.Line($"private static global::System.ReadOnlySpan<byte> Name{id}_{name.Index} => new byte[] {{ {bytes} }};");
        }
    }

    private static string NewField(ProjectionSpec projection, string property, string path) =>
        $"new global::SecureConnectors.Runtime.ResponseField({GeneratedCode.Literal(projection.Name)}, {GeneratedCode.Literal(property)}, {GeneratedCode.Literal(path)})";

    // Prefixed so that a property named like a parameter or keyword ("reader", "class") cannot collide.
    private static string Local(ProjectedPropertySpec property) => "value_" + property.PropertyName;

    private static string FieldName(ProjectedPropertySpec property) => "Field_" + property.PropertyName;

    private static string NestedReaderName(ProjectedPropertySpec property) => "Read_" + property.PropertyName;

    // Lists, maps and nested projections start as null and get their empty value at construction when not read.
    private static string LocalType(ProjectedPropertySpec property) => property.Shape switch
    {
        ValueShape.Value when property.Kind == ValueKind.Uri && !property.IsNullable => property.ItemTypeFullName,
        ValueShape.Value => property.ItemTypeFullName + (property.IsNullable ? "?" : ""),
        _ => PropertyType(property) + "?",
    };

    private static string PropertyType(ProjectedPropertySpec property) => property.Shape switch
    {
        ValueShape.List => $"{List}<{property.ItemTypeFullName}>",
        ValueShape.Map => $"{Map}<string, {property.ItemTypeFullName}>",
        ValueShape.ProjectionList => $"{List}<{property.ItemTypeFullName}>",
        _ => property.ItemTypeFullName,
    };

    private static string LocalDefault(ProjectedPropertySpec property)
    {
        if (property.IsNullable || property.Shape != ValueShape.Value)
        {
            return "null";
        }

        return property.Kind switch
        {
            ValueKind.String => "\"\"",
            ValueKind.Uri => "new global::System.Uri(\"\", global::System.UriKind.Relative)",
            _ => "default",
        };
    }

    private static string Argument(ProjectedPropertySpec property)
    {
        var local = Local(property);
        if (property.IsNullable)
        {
            return local;
        }

        return property.Shape switch
        {
            ValueShape.List or ValueShape.ProjectionList => $"{local} ?? global::System.Array.Empty<{property.ItemTypeFullName}>()",
            ValueShape.Map => $"{local} ?? {Values}.EmptyMap<{property.ItemTypeFullName}>()",
            ValueShape.Projection => $"{local} ?? {property.ItemTypeFullName}.CreateDefault()",
            _ => local,
        };
    }
}
