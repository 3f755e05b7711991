using System.Globalization;
using System.Linq;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Emitting;

// The reader's locals and construction, the default instance, the list reader and the static fields it reads.
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
            var names = string.Join(", ", node.Names.Select(n => GeneratedCode.Literal(n.Name)));
            var arguments = HasDefaultMasks(node) ? names : $"new ulong[] {{ {string.Join(", ", node.Names.Select(n => Hex(n.Mask)))} }}, {names}";
            w.Line($"public static readonly global::SecureConnectors.Runtime.JsonPropertyNames Names{node.Id.ToString(CultureInfo.InvariantCulture)} = new global::SecureConnectors.Runtime.JsonPropertyNames({arguments});");
        }

        w.Close();
    }

    // The i-th name read by field i alone, as in every flat projection: the table's default, no mask list to compile.
    private static bool HasDefaultMasks(ReaderTree.ObjectNode node) =>
        node.Names.Select((entry, i) => i < 64 && entry.Mask == 1UL << i).All(isDefault => isDefault);

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
