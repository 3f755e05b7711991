using System.Linq;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>
/// Writes a member the generator cannot build as one that throws. Generated code must always compile: a CS error in it
/// would stop the build before any analyzer runs, hiding the SC4xxx error that says what to fix (and every other SC
/// diagnostic of the project).
/// </summary>
internal static class UnbuildableMemberEmitter
{
    public static void Write(SourceWriter w, ConnectorSpec connector, UnbuildableMemberSpec member)
    {
        var message = GeneratedCode.Literal(
            $"{connector.InterfaceName}.{member.Name} was not generated: see error {member.DiagnosticIds}, reported on it or on the projection it returns.");
        var thrower = $"throw new global::System.NotSupportedException({message})";
        var name = GeneratedCode.Identifier(member.Name);
        w.Line($"/// <summary>Not generated (see {System.Security.SecurityElement.Escape(member.DiagnosticIds)}): throws <see cref=\"global::System.NotSupportedException\"/>.</summary>");
        switch (member.Kind)
        {
            case UnbuildableMemberKind.Method:
                w.Line($"public {member.TypeFullName} {name}({Parameters(member, withDefaults: true)}) => {thrower};");
                break;
            case UnbuildableMemberKind.GenericMethod:
                w.Line($"{member.TypeFullName} {connector.InterfaceFullName}.{name}<{string.Join(", ", member.TypeParameters.Select(GeneratedCode.Identifier))}>({Parameters(member, withDefaults: false)}) => {thrower};");
                break;
            case UnbuildableMemberKind.Property:
                var accessors = string.Join(" ", member.Accessors.Split(' ').Where(a => a.Length > 0).Select(a => $"{a} => {thrower};"));
                w.Line($"{member.TypeFullName} {connector.InterfaceFullName}.{name} {{ {accessors} }}");
                break;
            default:
                w.Line($"event {member.TypeFullName} {connector.InterfaceFullName}.{name} {{ add => {thrower}; remove => {thrower}; }}");
                break;
        }
    }

    private static string Parameters(UnbuildableMemberSpec member, bool withDefaults) =>
        string.Join(", ", member.Parameters.Select(p =>
            $"{p.Modifier}{p.TypeFullName} {GeneratedCode.Identifier(p.Name)}{(withDefaults && p.DefaultValueText is not null ? " = " + p.DefaultValueText : "")}"));
}
