using System.Globalization;
using System.Linq;
using System.Text;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>
/// Writes <c>internal static class XWireNames</c> beside an enum X that a projection reads: its members' names on the
/// wire (<c>[EnumMember(Value = ...)]</c>, else the member name), read case-insensitively from JSON without
/// reflection, and written back for queries and bodies.
/// </summary>
internal static class EnumWireNamesEmitter
{
    private const string Values = "global::SecureConnectors.Runtime.JsonFieldValue";
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string Field = "global::SecureConnectors.Runtime.ResponseField";

    public static string HelperFullName(EnumSpec spec) =>
        "global::" + (spec.Namespace is null ? "" : spec.Namespace + ".") + spec.HelperName;

    public static string Emit(EnumSpec spec)
    {
        var w = GeneratedCode.Begin(spec.Namespace);
        var type = spec.FullName;
        var name = spec.Name;
        w.Line($"/// <summary>The wire names of <see cref=\"{type}\"/>: read case-insensitively, written as declared.</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Open($"internal static class {spec.HelperName}");

        w.Line("/// <summary>Reads the value into a non-nullable property: an unknown name is a read error.</summary>");
        w.Line($"public static readonly global::SecureConnectors.Runtime.JsonValueReader<{type}> Reader = Read;");
        w.Line();
        w.Line("/// <summary>Reads the value into a nullable property: null or an unknown name (a value added by the provider) reads as null.</summary>");
        w.Line($"public static readonly global::SecureConnectors.Runtime.JsonValueReader<{type}?> NullableReader = ReadNullable;");
        w.Line();

        w.Line("/// <summary>The name <paramref name=\"value\"/> has on the wire.</summary>");
        w.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The value is not a named member.</exception>");
        w.Open($"public static string ToWire({type} value)");
        w.Open("switch (value)");
        foreach (var member in spec.Members.Where(m => m.IsFirstOfValue))
        {
            w.Line($"case {type}.{GeneratedCode.Identifier(member.Name)}: return {GeneratedCode.Literal(member.WireName)};");
        }

        w.Line($"default: throw new global::System.ArgumentOutOfRangeException(nameof(value), {GeneratedCode.Literal($"Not a named value of {name}.")});");
        w.Close();
        w.Close();
        w.Line();

        w.Line("/// <summary>The member whose wire name is <paramref name=\"text\"/>, ignoring case.</summary>");
        w.Open($"public static bool TryParse(string? text, out {type} value)");
        foreach (var member in spec.Members)
        {
            w.Open($"if (string.Equals(text, {GeneratedCode.Literal(member.WireName)}, global::System.StringComparison.OrdinalIgnoreCase))");
            w.Line($"value = {type}.{GeneratedCode.Identifier(member.Name)};");
            w.Line("return true;");
            w.Close();
        }

        w.Line("value = default;");
        w.Line("return false;");
        w.Close();
        w.Line();

        w.Line("/// <summary>The member named by the JSON string the reader is on (ASCII letters compared case-insensitively).</summary>");
        w.Open($"public static bool TryRead(ref {Reader} reader, out {type} value)");
        w.Line($"var text = {Values}.StringText(ref reader);");
        w.Open("switch (text.Length)");
        var members = spec.Members.Select((m, i) => (Member: m, Index: i, Bytes: LowerAscii(Encoding.UTF8.GetBytes(m.WireName)))).ToList();
        foreach (var group in members.GroupBy(m => m.Bytes.Length).OrderBy(g => g.Key))
        {
            w.Line($"case {group.Key}:");
            w.Open("");
            foreach (var member in group)
            {
                w.Open($"if ({Values}.EqualsIgnoreAsciiCase(text, Wire{member.Index}))");
                w.Line($"value = {type}.{GeneratedCode.Identifier(member.Member.Name)};");
                w.Line("return true;");
                w.Close();
            }

            w.Line("break;");
            w.Close();
        }

        w.Close();
        w.Line("value = default;");
        w.Line("return false;");
        w.Close();
        w.Line();

        w.Line("/// <summary>Reads a non-nullable value; null, a non-string or an unknown name is a read error naming <paramref name=\"field\"/>.</summary>");
        w.Open($"public static {type} Read(ref {Reader} reader, {Field} field)");
        w.Open("if (reader.TokenType == global::System.Text.Json.JsonTokenType.String && TryRead(ref reader, out var value))");
        w.Line("return value;");
        w.Close();
        w.Line();
        w.Line($"throw {Values}.Wrong(ref reader, field, {GeneratedCode.Literal(name)}, reader.TokenType == global::System.Text.Json.JsonTokenType.String");
        w.Line($"    ? {GeneratedCode.Literal($"a name that enum {name} does not know")}");
        w.Line($"    : {GeneratedCode.Literal($"expected a string naming a {name} value")});");
        w.Close();
        w.Line();

        w.Line("/// <summary>Reads a nullable value: null and unknown names read as null; a non-string is a read error.</summary>");
        w.Open($"public static {type}? ReadNullable(ref {Reader} reader, {Field} field)");
        w.Open("if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)");
        w.Line("return null;");
        w.Close();
        w.Line();
        w.Open("if (reader.TokenType == global::System.Text.Json.JsonTokenType.String)");
        w.Line($"return TryRead(ref reader, out var value) ? value : ({type}?)null;");
        w.Close();
        w.Line();
        w.Line($"throw field.Error({GeneratedCode.Literal($"expected a string naming a {name} value")});");
        w.Close();
        foreach (var member in members)
        {
            w.Line();
            w.Line($"/// <summary>UTF-8 of {System.Security.SecurityElement.Escape(GeneratedCode.Literal(member.Member.WireName))} in lower case.</summary>");
            w.Line($"private static global::System.ReadOnlySpan<byte> Wire{member.Index} => new byte[] {{ {string.Join(", ", member.Bytes.Select(b => b.ToString(CultureInfo.InvariantCulture)))} }};");
        }

        w.Close();
        return GeneratedCode.End(w, spec.Namespace);
    }

    private static byte[] LowerAscii(byte[] bytes) =>
        bytes.Select(b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b).ToArray();
}
