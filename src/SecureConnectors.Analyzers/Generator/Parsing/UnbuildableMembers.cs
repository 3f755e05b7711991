using System.Linq;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// The signature of a connector member the generator cannot build, so that the client still implements it (with a
/// member that throws) and the generated code compiles. Null for a member the client need not implement (static, or
/// with a default body) or cannot (returns by reference, an indexer).
/// </summary>
internal static class UnbuildableMembers
{
    public static UnbuildableMemberSpec? From(ISymbol member, string diagnosticIds)
    {
        if (member.IsStatic || !member.IsAbstract || member.IsImplicitlyDeclared)
        {
            return null;
        }

        var ids = diagnosticIds.Length == 0 ? "SC4xxx" : diagnosticIds;
        switch (member)
        {
            case IMethodSymbol { MethodKind: MethodKind.Ordinary, ReturnsByRef: false, ReturnsByRefReadonly: false } method:
                var generic = method.IsGenericMethod;
                return new UnbuildableMemberSpec(
                    generic ? UnbuildableMemberKind.GenericMethod : UnbuildableMemberKind.Method,
                    method.Name,
                    TypeNames.FullName(method.ReturnType),
                    method.Parameters.Select(p => new StubParameterSpec(
                        p.Name,
                        TypeNames.FullName(p.Type),
                        Modifier(p.RefKind),
                        // An explicit implementation ignores default values (CS1066); a public one keeps them for callers of the client type.
                        generic ? null : OperationParser.DefaultValueText(p))).ToEquatableArray(),
                    method.TypeParameters.Select(t => t.Name).ToEquatableArray(),
                    "",
                    ids);
            case IPropertySymbol { IsIndexer: false, ReturnsByRef: false, ReturnsByRefReadonly: false } property:
                var accessors = string.Join(" ", new[]
                {
                    property.GetMethod is not null ? "get" : null,
                    property.SetMethod is { IsInitOnly: true } ? "init" : property.SetMethod is not null ? "set" : null,
                }.Where(a => a is not null));
                return new UnbuildableMemberSpec(UnbuildableMemberKind.Property, property.Name, TypeNames.FullName(property.Type),
                    EquatableArray<StubParameterSpec>.Empty, EquatableArray<string>.Empty, accessors, ids);
            case IEventSymbol @event:
                return new UnbuildableMemberSpec(UnbuildableMemberKind.Event, @event.Name, TypeNames.FullName(@event.Type),
                    EquatableArray<StubParameterSpec>.Empty, EquatableArray<string>.Empty, "", ids);
            default:
                return null;
        }
    }

    private static string Modifier(RefKind kind) => kind.ToString() switch
    {
        "Ref" => "ref ",
        "Out" => "out ",
        "In" => "in ",
        "RefReadOnlyParameter" => "ref readonly ",
        _ => "",
    };
}
