using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// A collection that holds a secret, written out entry by entry, writes the secret:
/// <c>foreach (var (key, value) in config) logger.LogDebug("{Key} = {Value}", key, value)</c> over a Confluent.Kafka
/// <c>ProducerConfig</c> built with <c>SaslPassword = ...</c>, a dictionary built with <c>["ApiKey"] = ...</c> or
/// <c>{ "sasl.password", ... }</c>, or the whole configuration (<c>configuration.AsEnumerable()</c>, which holds every
/// connection string and key the application was given). What is written is an entry's value: the second half of a
/// deconstructed pair, a <c>KeyValuePair</c>'s <c>Value</c>, or the pair itself (it prints "[key, value]"); the keys alone
/// are names. A filtered collection (<c>config.Where(...)</c>) is not followed: the filter may be what drops the secret.
/// </summary>
internal static class EnumeratedEntries
{
    /// <summary>
    /// For a local declared by a <c>foreach</c> that stands for an entry's value (or the whole entry) of a collection
    /// holding a secret: what the message calls that secret (<c>config.SaslPassword</c>); else null.
    /// </summary>
    public static string? SecretValueOf(ILocalReferenceOperation reference)
    {
        if (EnclosingLoop(reference) is not { } loop)
        {
            return null;
        }

        var standsForValue = loop.LoopControlVariable switch
        {
            IVariableDeclaratorOperation declarator => SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local) && IsKeyValuePair(reference.Type),
            IDeclarationExpressionOperation { Expression: ITupleOperation tuple } => IsSecondOfPair(tuple, reference.Local),
            ITupleOperation tuple => IsSecondOfPair(tuple, reference.Local),
            _ => false,
        };
        return standsForValue ? SecretHeldBy(loop.Collection) : null;
    }

    /// <summary>
    /// For <c>entry.Value</c> where <c>entry</c> is the <c>KeyValuePair</c> a <c>foreach</c> takes from a collection
    /// holding a secret: what the message calls that secret; else null.
    /// </summary>
    public static string? SecretValueOf(IPropertyReferenceOperation read)
    {
        if (read.Property.Name != "Value"
            || read.Instance is not ILocalReferenceOperation entry
            || !IsKeyValuePair(entry.Type)
            || EnclosingLoop(entry) is not { LoopControlVariable: IVariableDeclaratorOperation declarator } loop
            || !SymbolEqualityComparer.Default.Equals(declarator.Symbol, entry.Local))
        {
            return null;
        }

        return SecretHeldBy(loop.Collection);
    }

    private static IForEachLoopOperation? EnclosingLoop(ILocalReferenceOperation reference)
    {
        for (var parent = reference.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IForEachLoopOperation loop && loop.Locals.Contains(reference.Local))
            {
                return loop;
            }
        }

        return null;
    }

    private static bool IsSecondOfPair(ITupleOperation tuple, ILocalSymbol local) =>
        tuple.Elements.Length == 2
        && Conversions.Strip(tuple.Elements[1]) is ILocalReferenceOperation second
        && SymbolEqualityComparer.Default.Equals(second.Local, local);

    private static bool IsKeyValuePair(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } pair
        && pair.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic";

    // The secret a collection holds: a member or entry of its initializer whose name says secret, or every value of a
    // configuration. Followed through conversions and a local assigned once.
    private static string? SecretHeldBy(IOperation? collection)
    {
        for (var depth = 0; depth < 4; depth++)
        {
            collection = Conversions.Strip(collection);
            switch (collection)
            {
                case ILocalReferenceOperation local:
                    var holder = local.Local.Name;
                    collection = SensitiveValues.AssignedOnce(local);
                    if (collection is IObjectCreationOperation { Initializer: { } built })
                    {
                        return SecretEntry(built) is { } entry ? holder + "." + entry : null;
                    }

                    continue;
                case IObjectCreationOperation { Initializer: { } initializer } creation:
                    return SecretEntry(initializer) is { } member ? (creation.Type?.Name ?? "collection") + "." + member : null;
                case IInvocationOperation { TargetMethod.Name: "AsEnumerable" } invocation when IsConfiguration(invocation):
                    return (invocation.Arguments.Length > 0 ? SensitiveValues.Describe(Conversions.Strip(invocation.Arguments[0].Value)) : null) is { } configuration
                        ? configuration + ".AsEnumerable()"
                        : "AsEnumerable()";
                default:
                    return null;
            }
        }

        return null;
    }

    // SaslPassword = settings.SaslPassword, ["ApiKey"] = key, { "sasl.password", secret }: the entry's name says secret and
    // its value comes from somewhere (a literal is SC1001's to judge, and an empty or placeholder one is no secret).
    private static string? SecretEntry(IObjectOrCollectionInitializerOperation initializer)
    {
        foreach (var entry in initializer.Initializers)
        {
            var (name, value) = entry switch
            {
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: false } property } assignment =>
                    (property.Property.Name, assignment.Value),
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment =>
                    (indexer.Arguments[0].Value.ConstantValue.Value as string, assignment.Value),
                IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add =>
                    (add.Arguments[0].Value.ConstantValue.Value as string, add.Arguments[1].Value),
                _ => ((string?)null, (IOperation?)null),
            };
            if (name is not null && value is not null && !value.ConstantValue.HasValue && LoggedSecretNames.SaysSecret(name))
            {
                return name;
            }
        }

        return null;
    }

    // configuration.AsEnumerable(): Microsoft.Extensions.Configuration's walk over every key and value.
    private static bool IsConfiguration(IInvocationOperation invocation) =>
        invocation.TargetMethod.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Configuration"
        && invocation.TargetMethod.ContainingType?.Name == "ConfigurationExtensions";
}
