using System.Collections.Generic;
using System.Linq;
using System.Text;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>
/// Writes a connector's request writers: one entry method per operation with a body (JSON through
/// <c>Utf8JsonWriter</c>, forms through <c>FormBodyWriter</c>), one method per object type and format, and one
/// <c>WireName</c> per enum. Plain code, no reflection: trimming and NativeAOT keep what it needs.
/// </summary>
internal static class BodyWriterEmitter
{
    private const string Runtime = "global::SecureConnectors.Runtime";
    private const string JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    public static string ClassName(ConnectorSpec connector) => Parsing.ConnectorParser.BaseName(connector.InterfaceName) + "RequestWriters";

    /// <summary>The class as the client refers to it, global::-qualified.</summary>
    public static string FullClassName(ConnectorSpec connector) =>
        "global::" + (connector.Namespace is null ? "" : connector.Namespace + ".") + ClassName(connector);

    public static bool IsNeeded(ConnectorSpec connector) =>
        connector.Operations.Any(o => o.Request.Body is not null || !o.Request.Enums.IsEmpty);

    /// <summary>The statement that sets <c>__body</c> and the media type argument of the send call ("" when no body).</summary>
    public static (string Statement, string MediaTypeArgument) BodyStatement(ConnectorSpec connector, OperationSpec operation)
    {
        var body = operation.Request.Body;
        if (body is null)
        {
            return ("byte[]? __body = null;", "");
        }

        var mediaType = body.Form ? $"{Runtime}.FormBodyWriter.MediaType" : $"{Runtime}.JsonBodyBuffer.MediaType";
        return ($"var __body = {FullClassName(connector)}.{operation.Name}({GeneratedCode.Identifier(body.ParameterName)});", ", " + mediaType);
    }

    public static void Write(SourceWriter w, ConnectorSpec connector)
    {
        var jsonTypes = TypesOf(connector, form: false);
        var formTypes = TypesOf(connector, form: true);
        var enums = connector.Operations.SelectMany(o => o.Request.Enums)
            .GroupBy(e => e.FullName).Select(g => g.First()).OrderBy(e => e.FullName, System.StringComparer.Ordinal).ToList();
        var names = new JsonNames(jsonTypes);

        w.Line($"/// <summary>Writes the request bodies and enum values of connector {System.Security.SecurityElement.Escape(GeneratedCode.Literal(connector.ConnectorName))} without reflection.</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Open($"internal static class {ClassName(connector)}");
        foreach (var field in names.Fields)
        {
            w.Line($"private static readonly global::System.Text.Json.JsonEncodedText {field.Value} = global::System.Text.Json.JsonEncodedText.Encode({GeneratedCode.Literal(field.Key)});");
        }

        var first = names.Fields.Count == 0;
        void Separate()
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
        }

        foreach (var operation in connector.Operations.Where(o => o.Request.Body is not null))
        {
            Separate();
            WriteEntry(w, operation, operation.Request.Body!, names);
        }

        foreach (var type in jsonTypes)
        {
            Separate();
            w.Line($"internal static void Json({JsonWriter} writer, {type.FullName} value)");
            w.Open("");
            w.Line("writer.WriteStartObject();");
            var locals = new Locals();
            foreach (var property in type.Properties)
            {
                WriteJsonValue(w, property.Value, "value." + GeneratedCode.Identifier(property.PropertyName), names.Field(property.WireName), locals, Describe(type, property));
            }

            w.Line("writer.WriteEndObject();");
            w.Close();
        }

        foreach (var type in formTypes)
        {
            Separate();
            w.Line($"internal static void Form({Runtime}.FormBodyWriter form, string prefix, {type.FullName} value)");
            w.Open("");
            var locals = new Locals();
            foreach (var property in type.Properties)
            {
                var key = $"{Runtime}.FormBodyWriter.Key(prefix, {GeneratedCode.Literal(property.WireName)})";
                WriteFormValue(w, property.Value, "value." + GeneratedCode.Identifier(property.PropertyName), key, locals, Describe(type, property));
            }

            w.Close();
        }

        foreach (var enumSpec in enums)
        {
            Separate();
            w.Line($"internal static string WireName({enumSpec.FullName} value) => value switch");
            w.Open("");
            foreach (var member in enumSpec.Members)
            {
                w.Line($"{enumSpec.FullName}.{GeneratedCode.Identifier(member.Member)} => {GeneratedCode.Literal(member.WireName)},");
            }

            // A combination of flags, or a value with no name: its number, as the serializer would write it.
            w.Line("_ => value.ToString(\"D\"),");
            w.Close(";");
        }

        if (connector.Operations.Any(o => o.Request.Body is { } body && (BodyHasUnsupported(body.Value) || o.Request.Types.Any(t => t.Properties.Any(p => BodyHasUnsupported(p.Value))))))
        {
            Separate();
            WriteUnsupported(w);
        }

        w.Close();
    }

    private static bool BodyHasUnsupported(BodyValueSpec value) => Parsing.RequestTypeCollector.ContainsUnsupported(value);

    private static void WriteUnsupported(SourceWriter w)
    {
        w.Line("// A call, not a throw statement, so that the code after it is not reported as unreachable.");
        w.Line("private static void Unsupported(string what) =>");
        w.Line("    throw new global::System.NotSupportedException(what + \" cannot be written into a request body (SC4025/SC4026).\");");
    }

    private static void WriteEntry(SourceWriter w, OperationSpec operation, BodySpec body, JsonNames names)
    {
        w.Line($"/// <summary>The {(body.Form ? "form" : "JSON")} body of {System.Security.SecurityElement.Escape(operation.Name)}; null sends none.</summary>");
        w.Line($"internal static byte[]? {operation.Name}({body.ParameterTypeFullName} body)");
        w.Open("");
        var value = body.Value;
        var locals = new Locals();
        var expression = "body";
        if (value.CanBeNull)
        {
            w.Open(value.IsNullableValueType ? "if (!body.HasValue)" : "if (body is null)");
            w.Line("return null;");
            w.Close();
            w.Line();
            if (value.IsNullableValueType)
            {
                expression = "body.Value";
            }
        }

        var present = value with { CanBeNull = false, IsNullableValueType = false };
        if (body.Form)
        {
            w.Line($"var form = new {Runtime}.FormBodyWriter();");
            if (present.Shape == BodyShape.Map)
            {
                WriteFormValue(w, present, expression, "\"\"", locals, "the body of " + operation.Name, topLevelMap: true);
            }
            else if (present.Shape == BodyShape.Object)
            {
                w.Line($"Form(form, \"\", {expression});");
            }
            else
            {
                w.Line($"Unsupported({GeneratedCode.Literal("the body of " + operation.Name)});");
            }

            w.Line("return form.ToArray();");
        }
        else
        {
            w.Line($"using var json = {Runtime}.JsonBodyBuffer.Rent();");
            w.Line("var writer = json.Writer;");
            WriteJsonValue(w, present, expression, null, locals, "the body of " + operation.Name);
            w.Line("return json.ToArray();");
        }

        w.Close();
    }

    // name: the JsonEncodedText field of a property, or null for a list item, a dictionary value or the body itself.
    private static void WriteJsonValue(SourceWriter w, BodyValueSpec value, string expression, string? name, Locals locals, string what, string? entryKey = null)
    {
        if (value.CanBeNull)
        {
            // Read a property once; a loop variable is already a local.
            var local = expression.StartsWith("__", System.StringComparison.Ordinal) && expression.IndexOf('.') < 0 ? expression : locals.Next("value");
            if (local != expression)
            {
                w.Line($"var {local} = {expression};");
            }

            w.Open(value.IsNullableValueType ? $"if ({local}.HasValue)" : $"if ({local} is object)");
            WriteJsonValue(w, value with { CanBeNull = false, IsNullableValueType = false }, value.IsNullableValueType ? local + ".Value" : local, name, locals, what, entryKey);
            w.Close();
            return;
        }

        if (entryKey is not null)
        {
            w.Line($"writer.WritePropertyName({entryKey});");
        }

        var prefix = name is null ? "" : name + ", ";
        switch (value.Shape)
        {
            case BodyShape.Scalar:
            case BodyShape.Enum:
                w.Line(name is null ? $"writer.{ScalarMethod(value.Scalar)}Value({JsonScalar(value, expression)});" : $"writer.{ScalarMethod(value.Scalar)}({prefix}{JsonScalar(value, expression)});");
                break;
            case BodyShape.Object:
                if (name is not null)
                {
                    w.Line($"writer.WritePropertyName({name});");
                }

                w.Line($"Json(writer, {expression});");
                break;
            case BodyShape.List:
            {
                w.Line($"writer.WriteStartArray({name});");
                var item = locals.Next("item");
                OpenLoop(w, value, expression, item, locals.Next("index"));
                var element = value.Element!;
                if (element.CanBeNull)
                {
                    // An item keeps its place in the array, so a null item is written as null rather than left out.
                    w.Open($"if ({item} is null)");
                    w.Line("writer.WriteNullValue();");
                    w.Close();
                    w.Open("else");
                    WriteJsonValue(w, element with { CanBeNull = false, IsNullableValueType = false }, element.IsNullableValueType ? item + ".Value" : item, null, locals, what);
                    w.Close();
                }
                else
                {
                    WriteJsonValue(w, element, item, null, locals, what);
                }

                w.Close();
                w.Line("writer.WriteEndArray();");
                break;
            }

            case BodyShape.Map:
            {
                w.Line($"writer.WriteStartObject({name});");
                var entry = locals.Next("entry");
                w.Open($"foreach (var {entry} in {expression})");
                // Keys are data: sent as they are, never renamed; an entry without a value is left out like a null property.
                WriteJsonValue(w, value.Element!, entry + ".Value", null, locals, what, entry + ".Key");
                w.Close();
                w.Line("writer.WriteEndObject();");
                break;
            }

            default:
                w.Line($"Unsupported({GeneratedCode.Literal(what)});");
                break;
        }
    }

    private static void WriteFormValue(SourceWriter w, BodyValueSpec value, string expression, string key, Locals locals, string what, bool topLevelMap = false)
    {
        if (value.CanBeNull)
        {
            // Read a property once; a loop variable is already a local.
            var local = expression.StartsWith("__", System.StringComparison.Ordinal) && expression.IndexOf('.') < 0 ? expression : locals.Next("value");
            if (local != expression)
            {
                w.Line($"var {local} = {expression};");
            }

            w.Open(value.IsNullableValueType ? $"if ({local}.HasValue)" : $"if ({local} is object)");
            WriteFormValue(w, value with { CanBeNull = false, IsNullableValueType = false }, value.IsNullableValueType ? local + ".Value" : local, key, locals, what, topLevelMap);
            w.Close();
            return;
        }

        switch (value.Shape)
        {
            case BodyShape.Scalar:
            case BodyShape.Enum:
                w.Line($"form.Add({key}, {FormScalar(value, expression)});");
                break;
            case BodyShape.Object:
                w.Line($"Form(form, {key}, {expression});");
                break;
            case BodyShape.List:
            {
                var index = locals.Next("index");
                var item = locals.Next("item");
                if (!value.Indexed)
                {
                    w.Line($"var {index} = 0;");
                }

                OpenLoop(w, value, expression, item, index);
                // A null item is left out but keeps its index, so the items after it stay where the caller put them.
                WriteFormValue(w, value.Element!, item, $"{Runtime}.FormBodyWriter.IndexKey({key}, {index})", locals, what);
                if (!value.Indexed)
                {
                    w.Line($"{index}++;");
                }

                w.Close();
                break;
            }

            case BodyShape.Map:
            {
                var entry = locals.Next("entry");
                w.Open($"foreach (var {entry} in {expression})");
                WriteFormValue(w, value.Element!, entry + ".Value", $"{Runtime}.FormBodyWriter.EntryKey({(topLevelMap ? "\"\"" : key)}, {entry}.Key)", locals, what);
                w.Close();
                break;
            }

            default:
                w.Line($"Unsupported({GeneratedCode.Literal(what)});");
                break;
        }
    }

    // Opens the loop over a list's items; the caller closes it. An indexed list counts with index itself.
    private static void OpenLoop(SourceWriter w, BodyValueSpec list, string expression, string item, string index)
    {
        if (!list.Indexed)
        {
            w.Open($"foreach (var {item} in {expression})");
            return;
        }

        w.Open($"for (var {index} = 0; {index} < {expression}.Count; {index}++)");
        w.Line($"var {item} = {expression}[{index}];");
    }

    private static string ScalarMethod(ValueKind kind) => kind switch
    {
        ValueKind.Boolean => "WriteBoolean",
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal => "WriteNumber",
        _ => "WriteString",
    };

    // Utf8JsonWriter writes strings, Guids and dates (ISO 8601, offset kept) itself; the rest become strings first.
    private static string JsonScalar(BodyValueSpec value, string expression) => value.Shape == BodyShape.Enum
        ? $"WireName({expression})"
        : value.Scalar switch
        {
            ValueKind.DateOnly => $"{expression}.ToString(\"yyyy-MM-dd\", {Invariant})",
            ValueKind.Uri => $"{expression}.OriginalString",
            _ => expression,
        };

    private static string FormScalar(BodyValueSpec value, string expression) => value.Shape == BodyShape.Enum
        ? $"WireName({expression})"
        : value.Scalar switch
        {
            ValueKind.String => expression,
            ValueKind.DateOnly => $"{expression}.ToString(\"yyyy-MM-dd\", {Invariant})",
            ValueKind.Uri => $"{expression}.OriginalString",
            _ => $"{Runtime}.ParameterValue.Format({expression})",
        };

    private static string Describe(BodyTypeSpec type, BodyPropertySpec property) =>
        type.FullName.Replace("global::", "") + "." + property.PropertyName;

    private static List<BodyTypeSpec> TypesOf(ConnectorSpec connector, bool form) =>
        connector.Operations.Where(o => o.Request.Body is { } body && body.Form == form)
            .SelectMany(o => o.Request.Types)
            .GroupBy(t => t.FullName).Select(g => g.First())
            .OrderBy(t => t.FullName, System.StringComparer.Ordinal)
            .ToList();

    /// <summary>One pre-encoded name field per distinct wire name (what System.Text.Json's source generator does too).</summary>
    private sealed class JsonNames
    {
        public JsonNames(IEnumerable<BodyTypeSpec> types)
        {
            var used = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var wireName in types.SelectMany(t => t.Properties).Select(p => p.WireName).Distinct().OrderBy(n => n, System.StringComparer.Ordinal))
            {
                var identifier = new StringBuilder("Name_");
                foreach (var c in wireName)
                {
                    identifier.Append(char.IsLetterOrDigit(c) && c < 128 ? c : '_');
                }

                var candidate = identifier.ToString();
                for (var i = 2; !used.Add(candidate); i++)
                {
                    candidate = identifier + "_" + i;
                }

                Fields[wireName] = candidate;
            }
        }

        public SortedDictionary<string, string> Fields { get; } = new(System.StringComparer.Ordinal);

        public string Field(string wireName) => Fields[wireName];
    }

    /// <summary>Unique local names within one method: nested loops and null checks must not shadow each other.</summary>
    private sealed class Locals
    {
        private int next;

        public string Next(string kind) => "__" + kind + next++;
    }
}
