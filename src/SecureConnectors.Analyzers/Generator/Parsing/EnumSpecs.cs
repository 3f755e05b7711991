using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// An enum's wire names, for the <c>XWireNames</c> helper generated beside it: <c>[EnumMember(Value = ...)]</c> when
/// present, else the member name. Projections use it to read; the request side can use it to write query and body values.
/// </summary>
internal static class EnumSpecs
{
    /// <summary>Whether generated code in the same assembly can name the enum (it and every containing type public or internal).</summary>
    public static bool IsAccessible(INamedTypeSymbol enumType)
    {
        for (var t = enumType; t is not null; t = t.ContainingType)
        {
            if (t.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal))
            {
                return false;
            }
        }

        return true;
    }

    public static EnumSpec Create(INamedTypeSymbol enumType, KnownTypes known)
    {
        var members = new List<EnumMemberSpec>();
        var values = new HashSet<object>();
        foreach (var member in enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue && f.ConstantValue is not null))
        {
            var wire = known.Find(member, known.EnumMember)?.NamedArguments.FirstOrDefault(a => a.Key == "Value").Value.Value as string;
            members.Add(new EnumMemberSpec(member.Name, string.IsNullOrEmpty(wire) ? member.Name : wire!, values.Add(member.ConstantValue!)));
        }

        // A nested enum Outer.Kind gets Outer_KindWireNames in Outer's namespace.
        var chain = new Stack<string>();
        for (var t = enumType; t is not null; t = t.ContainingType)
        {
            chain.Push(t.Name);
        }

        return new EnumSpec(TypeNames.NamespaceOf(enumType), string.Join("_", chain) + "WireNames", TypeNames.FullName(enumType), enumType.Name, members.ToEquatableArray());
    }
}
