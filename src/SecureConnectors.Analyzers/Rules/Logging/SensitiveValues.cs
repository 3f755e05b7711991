using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Infrastructure;


namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// Finds the secrets and personal fields inside a logged value, following it through conversions, string
/// interpolation, concatenation, <c>string.Format</c>/<c>Concat</c>/<c>Join</c>, <c>params</c> arrays, string
/// methods (<c>secret.Substring(0, 4)</c> still leaks; a range such as <c>apiKey[^4..]</c>, the last characters
/// people show to tell keys apart, is not followed), encodings (<c>Convert.ToHexString(signingKey)</c>)
/// and a local assigned once. Secret: <c>SecretString.Reveal()</c>,
/// <c>ConnectorCredential.RevealHeaderValue()</c>, an Authorization header's value (<see cref="AuthorizationHeaders"/>), or a
/// string whose name says secret (<see cref="LoggedSecretNames"/>), or the <c>Token</c> of a credentials object. Also the values of a dictionary or list initializer and of
/// a collection expression handed to the sink, and an entry enumerated from a collection that holds a secret
/// (<see cref="EnumeratedEntries"/>).
/// Personal: a property classified by <see cref="PersonalFields"/>, or a whole projection record that has one.
/// Also the raw body of a token endpoint's answer (<c>tokenResponse.Json</c>, <c>.Raw</c> of a <c>*TokenResponse</c>).
/// Not followed: <c>nameof</c>, property reads of a secret (<c>secret.Length</c>), a <c>SecretString</c> itself (it prints "***").
/// </summary>
internal sealed class SensitiveValues
{
    private const int MaxDepth = 6;

    private const string EntryKind = "Entry of a collection holding a secret";

    private readonly PersonalFields personal;

    public SensitiveValues(Compilation compilation)
    {
        personal = new PersonalFields(compilation);
    }

    public void Find(IOperation? value, List<SensitiveValue> found) => Find(value, found, 0);

    private static bool IsSecretConstant(IOperation value) =>
        value is IFieldReferenceOperation { ConstantValue.Value: string text }
        && text.Trim().Length > 0
        && !Secrets.Placeholders.IsPlaceholder(text)
        && !Secrets.SecretShape.IsResourceName(text)
        && !Secrets.SecretShape.IsSelfDescribingName(text)
        && !Secrets.SecretShape.LooksLikeUrlOrPath(text);

    private void Find(IOperation? value, List<SensitiveValue> found, int depth)
    {
        // Literals and other constants are no one's secret; a constant field whose name says secret and whose value is
        // not a name or placeholder (const string ApiKey = "0e62b39b") is the key itself, written out.
        // $"key {ApiKey}" of a const ApiKey is itself a constant: its parts are still read.
        if (value is null || depth > MaxDepth
            || (value.ConstantValue.HasValue && !IsSecretConstant(value) && value is not (IInterpolatedStringOperation or IBinaryOperation)))
        {
            return;
        }

        // var bulk = await dapr.GetBulkSecretAsync(store); var kafka = bulk["kafka-sasl"]: a secret store's answer.
        if (value is IAwaitOperation or IInvocationOperation or ILocalReferenceOperation
                or IPropertyReferenceOperation { Property.IsIndexer: true } or IPropertyReferenceOperation { Property.Name: "Value" or "SecretString" }
            && SecretStores.Holds(value))
        {
            found.Add(new SensitiveValue(value, "Secret", SecretStores.Describe(value)));
            return;
        }

        switch (value)
        {
            case IConversionOperation conversion:
                Find(conversion.Operand, found, depth + 1);
                return;
            case IParenthesizedOperation parenthesized:
                Find(parenthesized.Operand, found, depth + 1);
                return;
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation)
                    {
                        Find(interpolation.Expression, found, depth + 1);
                    }
                }

                return;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                Find(binary.LeftOperand, found, depth + 1);
                Find(binary.RightOperand, found, depth + 1);
                return;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    Find(element, found, depth + 1);
                }

                return;
            case IObjectCreationOperation { Initializer: { } initializer } creation:
                // BeginScope(new Dictionary<string, object?> { ["PartnerKey"] = options.ApiKey }): a scope's and a
                // structured log's dictionary or list is written value by value. Property initializers of other
                // objects are not: their ToString prints the type's name.
                FindInCollectionInitializer(initializer, found, depth);
                AddIfPersonalRecord(creation, creation.Type?.Name ?? "", found);
                return;
            case IAnonymousObjectCreationOperation anonymous:
                // new { Partner = name, ApiKey = options.ApiKey }: an anonymous object prints every member it holds.
                foreach (var initializer in anonymous.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation assignment)
                    {
                        Find(assignment.Value, found, depth + 1);
                    }
                }

                return;
            case IInvocationOperation invocation:
                FindInCall(invocation, found, depth);
                return;
            case IAwaitOperation awaited:
                // await vault.GetApiKeyAsync(): what the awaited call hands back.
                Find(awaited.Operation, found, depth + 1);
                return;
            case IConditionalOperation conditional:
                Find(conditional.WhenTrue, found, depth + 1);
                Find(conditional.WhenFalse, found, depth + 1);
                return;
            case ICoalesceOperation coalesce:
                Find(coalesce.Value, found, depth + 1);
                Find(coalesce.WhenNull, found, depth + 1);
                return;
            case ILocalReferenceOperation local:
                FindInLocal(local, found, depth);
                return;
            case IParameterReferenceOperation parameter when ParsedWords.IsParsedToken(parameter.Parameter.Name, parameter.Syntax):
                return;
            case IParameterReferenceOperation parameter:
                AddIfSecretNamed(parameter, parameter.Parameter.Name, parameter.Type, found);
                AddIfPersonalRecord(parameter, parameter.Parameter.Name, found);
                return;
            case IFieldReferenceOperation { ConstantValue.Value: string constant } field when Secrets.ProviderTokenFormats.FindFirst(constant, static () => false) is not null:
                // const string StripeRestrictedKey = "rk_live_...": a provider's key by its format, whatever the name says.
                found.Add(new SensitiveValue(field, "Secret", field.Field.Name));
                return;
            case IFieldReferenceOperation field:
                AddIfSecretNamed(field, field.Field.Name, field.Type, found);
                AddIfPersonalRecord(field, field.Field.Name, found);
                return;
            case IConditionalAccessOperation conditionalAccess:
                FindInConditionalAccess(conditionalAccess, found, depth);
                return;
            case IPropertyReferenceOperation property:
                // response.AccessToken.Token, refreshToken.Value: a token object's text is judged by its holder's name,
                // so a paging token's (NextPageToken.Token) is not a secret and an access token's is.
                if (AuthorizationHeaders.Holds(property))
                {
                    found.Add(new SensitiveValue(property, "Secret", property.Property.Name));
                    return;
                }

                // configuration["Stripe:ApiKey"], arguments["/password"]: a value read by a key that says secret.
                if (SecretKeyedReads.KeyOf(property) is { } secretKey)
                {
                    found.Add(new SensitiveValue(property, "Secret", secretKey));
                    return;
                }

                // tokenResponse.Json, tokenResponse.Raw: the whole body of a token endpoint's answer holds its tokens.
                if (property.Property.Name is "Raw" or "Json" && IsTokenResponse(property.Instance?.Type))
                {
                    found.Add(new SensitiveValue(property, "Token response body", (Describe(property.Instance) ?? "response") + "." + property.Property.Name));
                    return;
                }

                if (personal.IsAvailable && PrintedValues.PrintsData(property.Type) && personal.IsPersonal(property.Property, HolderIsPersonal(property.Instance, depth)))
                {
                    found.Add(new SensitiveValue(property, "Personal field", property.Property.Name));
                    return;
                }

                if (EnumeratedEntries.SecretValueOf(property) is { } entry)
                {
                    found.Add(new SensitiveValue(property, EntryKind, entry));
                    return;
                }

                // credentials.Token of AWS's ImmutableCredentials, Azure's AccessToken.Token: a credentials object's token is
                // the credential, whatever the variable holding it is called.
                if (property.Property.Name == "Token" && property.Type?.SpecialType == SpecialType.System_String
                    && IsCredentialsType(property.Property.ContainingType))
                {
                    found.Add(new SensitiveValue(property, "Secret", (Describe(property.Instance) ?? property.Property.ContainingType.Name) + ".Token"));
                    return;
                }

                // credentials.AccessKey beside credentials.SecretKey: the identifier half of a key pair names the account.
                if (Secrets.KeyPairs.IsIdentifierHalf(property.Property))
                {
                    return;
                }

                if (property.Property.Name is "Token" or "Value" && Describe(property.Instance) is { } holder)
                {
                    AddIfSecretNamed(property, holder, property.Type, found);
                }
                else
                {
                    AddIfSecretNamed(property, property.Property.Name, property.Type, found);
                }

                AddIfPersonalRecord(property, property.Property.Name, found);
                return;
            default:
                if (value.Syntax is CollectionExpressionSyntax || LogSinks.IsSpanOfValues(value.Type))
                {
                    // [$"key {options.ApiKey}"]: a collection expression's elements, and the values a params span
                    // collects (Console.WriteLine("{0}", password) on .NET 9+); their operation is newer than the Roslyn
                    // this package builds against, so it is read through its children.
                    foreach (var element in value.ChildOperations)
                    {
                        Find(element, found, depth + 1);
                    }

                    return;
                }

                AddIfPersonalRecord(value, value.Type?.Name ?? "", found);
                return;
        }
    }

    private void FindInCollectionInitializer(IObjectOrCollectionInitializerOperation initializer, List<SensitiveValue> found, int depth)
    {
        foreach (var entry in initializer.Initializers)
        {
            switch (entry)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } } indexed:
                    Find(indexed.Value, found, depth + 1);
                    break;
                case IInvocationOperation add: // { "Token", token }: a call to Add
                    foreach (var argument in add.Arguments)
                    {
                        Find(argument.Value, found, depth + 1);
                    }

                    break;
            }
        }
    }

    private void FindInCall(IInvocationOperation invocation, List<SensitiveValue> found, int depth)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (method.Name is "Reveal" or "RevealHeaderValue" or "RevealUser" && type?.ContainingNamespace?.ToDisplayString() == "SecureConnectors")
        {
            if (method.Name != "RevealUser")
            {
                found.Add(new SensitiveValue(invocation, "Secret", Describe(invocation.Instance) ?? method.Name));
            }

            return;
        }

        if (SerializedObjects.WrittenValue(invocation) is { } serialized)
        {
            FindInSerialized(invocation, serialized, found, depth);
            return;
        }

        if (type?.SpecialType == SpecialType.System_String)
        {
            // string.Format/Concat/Join: their arguments; secret.Substring(...)/ToUpper(): the string they came from.
            foreach (var argument in invocation.Arguments)
            {
                if (method.IsStatic)
                {
                    Find(argument.Value, found, depth + 1);
                }
            }

            if (!method.IsStatic)
            {
                Find(invocation.Instance, found, depth + 1);
            }

            return;
        }

        if (EncodedValues.EncodedArgument(invocation) is { } encoded)
        {
            // Convert.ToHexString(signingKey), Convert.ToBase64String(Encoding.UTF8.GetBytes(apiKey)): the same secret in
            // another alphabet. Bytes count here by their name, as text does elsewhere.
            if (!AddIfSecretNamedBytes(encoded, found))
            {
                Find(encoded, found, depth + 1);
            }

            return;
        }

        if (method.Name == "ToString" && invocation.Arguments.Length == 0 && invocation.Instance is { } instance)
        {
            Find(instance, found, depth + 1);
        }

        // Environment.GetEnvironmentVariable("PARTNER_API_TOKEN"), configuration.GetValue<string>("Ledger:ClientSecret").
        if (SecretKeyedReads.KeyOf(invocation) is { } secretKey)
        {
            found.Add(new SensitiveValue(invocation, "Secret", secretKey));
            return;
        }

        // sqlHelper.GetConnectionString(), auth.GetAccessToken(): a call named for the secret it returns hands it over.
        if (SecretReturningCalls.Names(method, invocation.Parent is IAwaitOperation) is { } returned)
        {
            found.Add(new SensitiveValue(invocation, "Secret", returned));
            return;
        }

        // string.Join("; ", request.Headers.Select(h => ...)): a projection of every element carries what the source holds.
        // A Where in the chain filters (h.Key != "Authorization") and is not followed.
        if (method.Name is "Select" or "SelectMany" or "ToList" or "ToArray" or "AsEnumerable"
            && method.ContainingType?.ToDisplayString() == "System.Linq.Enumerable"
            && invocation.Arguments.Length > 0)
        {
            Find(invocation.Arguments[0].Value, found, depth + 1);
        }
    }

    // JsonSerializer.Serialize(payload): the text holds what the object holds. Reported on the call, whose text is what is
    // logged (the fix redacts that text, not the object it was made from).
    private void FindInSerialized(IInvocationOperation invocation, IOperation serialized, List<SensitiveValue> found, int depth)
    {
        if (SerializedObjects.SecretMember(serialized) is { } member)
        {
            found.Add(new SensitiveValue(invocation, "Serialized object holding a secret", member));
            return;
        }

        var inner = new List<SensitiveValue>();
        Find(serialized, inner, depth + 1);
        if (inner.Count > 0)
        {
            found.Add(new SensitiveValue(invocation, inner[0].Kind, inner[0].Name));
        }
    }

    // employee?.WorkEmail: what is found in the part after "?." is reported on the whole access.
    private void FindInConditionalAccess(IConditionalAccessOperation access, List<SensitiveValue> found, int depth)
    {
        var inner = new List<SensitiveValue>();
        Find(access.WhenNotNull, inner, depth + 1);
        foreach (var value in inner)
        {
            found.Add(ReferenceEquals(value.Operation, access.WhenNotNull) ? new SensitiveValue(access, value.Kind, value.Name) : value);
        }
    }

    /// <summary>
    /// Whether the [Field] a nested property was read from is personal (<c>repository.Owner.Login</c>: is <c>Owner</c>?),
    /// looking through indexers, array elements, conversions and <c>?.</c> to that field.
    /// </summary>
    private bool HolderIsPersonal(IOperation? instance, int depth)
    {
        for (; instance is not null && depth <= MaxDepth; depth++)
        {
            switch (instance)
            {
                case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                    instance = indexer.Instance;
                    continue;
                case IArrayElementReferenceOperation element:
                    instance = element.ArrayReference;
                    continue;
                case IConversionOperation conversion:
                    instance = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    instance = parenthesized.Operand;
                    continue;
                case IConditionalAccessInstanceOperation:
                    instance = ConditionalReceiver(instance);
                    continue;
                case IPropertyReferenceOperation holder when personal.IsField(holder.Property):
                    return personal.IsPersonal(holder.Property, HolderIsPersonal(holder.Instance, depth + 1));
                default:
                    return false;
            }
        }

        return false;
    }

    // The value that "?." tested: the Operation of the nearest conditional access whose WhenNotNull holds this one.
    private static IOperation? ConditionalReceiver(IOperation instance)
    {
        var child = instance;
        for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access && ReferenceEquals(access.WhenNotNull, child))
            {
                return access.Operation;
            }
        }

        return null;
    }

    private void FindInLocal(ILocalReferenceOperation local, List<SensitiveValue> found, int depth)
    {
        if (ParsedWords.IsParsedToken(local.Local.Name, local.Syntax))
        {
            return; // string token = tokens.Pop(); if (token == "ctrl") ...: a piece of parsed text
        }

        if (AddIfSecretNamed(local, local.Local.Name, local.Type, found) || AddIfPersonalRecord(local, local.Local.Name, found))
        {
            return;
        }

        if (EnumeratedEntries.SecretValueOf(local) is { } entry)
        {
            found.Add(new SensitiveValue(local, EntryKind, entry));
            return;
        }

        // var line = $"token {secret.Reveal()}"; logger.LogInformation(line): the local stands for its one value.
        var inner = new List<SensitiveValue>();
        Find(AssignedOnce(local), inner, depth + 1);
        if (inner.Count > 0)
        {
            found.Add(new SensitiveValue(local, inner[0].Kind, local.Local.Name));
        }
    }

    private static bool AddIfSecretNamed(IOperation operation, string name, ITypeSymbol? type, List<SensitiveValue> found)
    {
        // Strings, and a Uri (it prints its whole text: a SAS URL's signature): a CancellationToken, a SecretString (prints
        // "***") or a token's Length are not the secret.
        if (!(type?.SpecialType == SpecialType.System_String || IsUri(type)) || !LoggedSecretNames.SaysSecret(name))
        {
            return false;
        }

        found.Add(new SensitiveValue(operation, "Secret", name));
        return true;
    }

    private static bool AddIfSecretNamedBytes(IOperation value, List<SensitiveValue> found)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (!EncodedValues.IsBytes(value.Type) || Describe(value) is not { } name || !LoggedSecretNames.SaysSecret(name))
        {
            return false;
        }

        found.Add(new SensitiveValue(value, "Secret", name));
        return true;
    }

    // AWS's ImmutableCredentials and SessionAWSCredentials, a project's own ApiCredentials, Azure.Core's AccessToken.
    private static bool IsCredentialsType(INamedTypeSymbol? type) =>
        type is not null && (type.Name.EndsWith("Credentials", System.StringComparison.Ordinal)
            || type.Name.EndsWith("Credential", System.StringComparison.Ordinal) || type.Name == "AccessToken");

    // IdentityModel's TokenResponse and its kin (a DeviceTokenResponse, a project's own OAuthTokenResponse).
    private static bool IsTokenResponse(ITypeSymbol? type) =>
        type is not null && type.Name.EndsWith("TokenResponse", System.StringComparison.Ordinal);

    private static bool IsUri(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Uri" } named && named.ContainingNamespace?.ToDisplayString() == "System";

    // A whole object logged: a projection with personal fields, or a record whose printout holds a secret member.
    private bool AddIfPersonalRecord(IOperation operation, string name, List<SensitiveValue> found)
    {
        if (PrintedRecords.SecretMemberPrinted(operation.Type) is { } secret)
        {
            found.Add(new SensitiveValue(operation, "Record printing its secret member", name + "." + secret));
            return true;
        }

        if (!personal.IsAvailable || !personal.IsPersonalRecord(operation.Type))
        {
            return false;
        }

        found.Add(new SensitiveValue(operation, "Projection with personal fields", name));
        return true;
    }

    /// <summary>The name of the variable, parameter, field or property an operation reads; null for anything else.</summary>
    internal static string? Describe(IOperation? operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation property => property.Property.Name,
        _ => null,
    };

    /// <summary>The initializer of a local that nothing else assigns.</summary>
    internal static IOperation? AssignedOnce(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } } declarator)
        {
            return null;
        }

        var scope = declarator.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)declarator.Parent;
        if (scope is not null)
        {
            foreach (var node in scope.DescendantNodes())
            {
                var written = node switch
                {
                    AssignmentExpressionSyntax assignment => assignment.Left,
                    ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword or (int)SyntaxKind.RefKeyword } argument => argument.Expression,
                    _ => null,
                };
                if (written is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == local.Name)
                {
                    return null;
                }
            }
        }

        return LocalInitializers.Of(reference);
    }
}
