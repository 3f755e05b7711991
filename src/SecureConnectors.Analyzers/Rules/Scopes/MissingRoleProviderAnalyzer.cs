using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Diagnostics;

namespace SecureConnectors.Analyzers.Rules.Scopes;

/// <summary>
/// SC3005: a generated client whose connector has <c>[Roles]</c> operations is built without an
/// <c>IActorRoleProvider</c> (the <c>roles</c> argument left out, or null). Those operations then refuse every call:
/// safe, but surely not what the code meant. Reported where it can be seen, on the client's construction; a client
/// built by <c>AddXxx</c> takes the provider from DI, which an analyzer cannot see.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MissingRoleProviderAnalyzer : DiagnosticAnalyzer
{
    private const string RolesParameter = "roles";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.MissingRoleProvider);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var connector = start.Compilation.GetTypeByMetadataName("SecureConnectors.ConnectorAttribute");
            var roles = start.Compilation.GetTypeByMetadataName("SecureConnectors.RolesAttribute");
            var provider = start.Compilation.GetTypeByMetadataName("SecureConnectors.IActorRoleProvider");
            if (connector is null || roles is null || provider is null)
            {
                return;
            }

            var gatedOperations = new ConcurrentDictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(
                context => Analyze(context, connector, roles, provider, gatedOperations),
                OperationKind.ObjectCreation);
        });
    }

    private static void Analyze(
        OperationAnalysisContext context,
        INamedTypeSymbol connector,
        INamedTypeSymbol roles,
        INamedTypeSymbol provider,
        ConcurrentDictionary<INamedTypeSymbol, string> gatedOperations)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol { TypeKind: TypeKind.Class } type || type.Interfaces.IsEmpty || creation.Constructor is null)
        {
            return;
        }

        var rolesArgument = creation.Arguments.FirstOrDefault(a =>
            a.Parameter is { Name: RolesParameter } parameter && SymbolEqualityComparer.Default.Equals(parameter.Type.OriginalDefinition, provider));
        if (rolesArgument is null || !IsMissing(rolesArgument))
        {
            return;
        }

        var operations = gatedOperations.GetOrAdd(type, t => GatedOperationsOf(t, connector, roles));
        if (operations.Length == 0)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingRoleProvider, creation.Syntax.GetLocation(), type.Name, operations));
    }

    // Left out (the parameter's default), or a null written in the call.
    private static bool IsMissing(IArgumentOperation argument) =>
        argument.ArgumentKind == ArgumentKind.DefaultValue
        || argument.Value.ConstantValue is { HasValue: true, Value: null };

    // The [Roles] operations of the connector interfaces the client implements, as "A, B"; "" when none.
    private static string GatedOperationsOf(INamedTypeSymbol type, INamedTypeSymbol connector, INamedTypeSymbol roles)
    {
        var names = new List<string>();
        foreach (var implemented in type.AllInterfaces)
        {
            if (!implemented.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, connector)))
            {
                continue;
            }

            foreach (var member in implemented.GetMembers().OfType<IMethodSymbol>())
            {
                if (member.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, roles)))
                {
                    names.Add(member.Name);
                }
            }
        }

        names.Sort(System.StringComparer.Ordinal);
        return string.Join(", ", names);
    }
}
