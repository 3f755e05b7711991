using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// A record prints every public property in its compiler-made <c>ToString</c> (<c>PartnerOptions { BaseUrl = ...,
/// ApiKey = ... }</c>), so a record logged whole writes out a secret-named string property it holds. Not when the record
/// writes its own <c>ToString</c> or <c>PrintMembers</c>, nor for a property of another type (a <c>SecretString</c>
/// prints "***"), nor for a class, whose <c>ToString</c> prints its type's name.
/// </summary>
internal static class PrintedRecords
{
    /// <summary>The name of the first secret-named string property the record prints, or null.</summary>
    public static string? SecretMemberPrinted(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is { IsRecord: true }; current = current.BaseType)
        {
            string? secret = null;
            foreach (var member in current.GetMembers())
            {
                switch (member)
                {
                    case IMethodSymbol { Name: "ToString" or "PrintMembers", IsImplicitlyDeclared: false }:
                        return null; // the record says itself what it prints
                    case IPropertySymbol { DeclaredAccessibility: Accessibility.Public, IsStatic: false, IsIndexer: false, Type.SpecialType: SpecialType.System_String } property
                        when secret is null && LoggedSecretNames.SaysSecret(property.Name):
                        secret = property.Name;
                        break;
                }
            }

            if (secret is not null)
            {
                return secret;
            }
        }

        return null;
    }
}
