using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// What a secret store hands back is a secret whatever the variable is called: Dapr's <c>GetSecretAsync</c> and
/// <c>GetBulkSecretAsync</c>, Azure Key Vault's <c>SecretClient.GetSecret(Async)</c>, AWS Secrets Manager's
/// <c>GetSecretValue(Async)</c>; followed through <c>await</c>, an entry read by indexer (<c>bulk["kafka-sasl"]</c>), the
/// response's <c>Value</c> or <c>SecretString</c>, a <c>Select</c> over its entries and locals assigned once.
/// </summary>
internal static class SecretStores
{
    private const int MaxDepth = 5;

    public static bool Holds(IOperation? value) => Holds(value, 0);

    private static bool Holds(IOperation? value, int depth)
    {
        for (value = Conversions.Strip(value); value is not null && depth <= MaxDepth; value = Conversions.Strip(value), depth++)
        {
            switch (value)
            {
                case IAwaitOperation awaited:
                    value = awaited.Operation;
                    continue;
                case IPropertyReferenceOperation { Property.IsIndexer: true } entry:
                    value = entry.Instance;
                    continue;
                case IPropertyReferenceOperation { Property.Name: "Value" or "SecretString" } read:
                    value = read.Instance;
                    continue;
                case ILocalReferenceOperation local:
                    value = SensitiveValues.AssignedOnce(local);
                    continue;
                case IInvocationOperation invocation when ReadsStore(invocation.TargetMethod.Name):
                    return true;
                case IInvocationOperation { TargetMethod.Name: "Select" or "ToList" or "ToArray" or "ToDictionary", Arguments.Length: > 0 } chained:
                    value = chained.Instance ?? chained.Arguments[0].Value;
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>What the message calls the value: the local or the entry's holder (<c>stored</c> for <c>stored["warehouse"]</c>).</summary>
    public static string Describe(IOperation value) => value switch
    {
        IPropertyReferenceOperation { Property.IsIndexer: true } entry => SensitiveValues.Describe(entry.Instance) ?? "secret store value",
        _ => SensitiveValues.Describe(value) ?? "secret store value",
    };

    private static bool ReadsStore(string name) =>
        name is "GetSecret" or "GetSecretAsync" or "GetBulkSecret" or "GetBulkSecretAsync" or "GetSecretValue" or "GetSecretValueAsync";
}
