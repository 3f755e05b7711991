using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Timing;

/// <summary>
/// Decides whether an operand of a comparison holds a keyed signature: the result of an HMAC (an
/// <c>HMAC*</c>/<c>KeyedHashAlgorithm</c> <c>ComputeHash</c>, a static <c>HMAC*.HashData</c>, an
/// <c>IncrementalHash</c> made by <c>CreateHMAC</c>), its hex or Base64 text, a value whose name says signature,
/// digest, mac or hmac, text that contains one (<c>"sha256=" + hex</c>), or a local assigned from one of these. A plain
/// <c>SHA256.HashData</c> digest is not, nor is a value named for the digest of published content
/// (<c>manifestDigest</c>): it has no key, so anyone can compute the expected value and timing reveals
/// nothing they could not.
/// </summary>
internal sealed class SignatureValues
{
    private const int MaxDepth = 4;

    private readonly INamedTypeSymbol? keyedHashAlgorithm;
    private readonly INamedTypeSymbol? incrementalHash;
    private readonly INamedTypeSymbol? convert;
    private readonly INamedTypeSymbol? bitConverter;

    public SignatureValues(Compilation compilation)
    {
        keyedHashAlgorithm = compilation.GetTypeByMetadataName("System.Security.Cryptography.KeyedHashAlgorithm");
        incrementalHash = compilation.GetTypeByMetadataName("System.Security.Cryptography.IncrementalHash");
        convert = compilation.GetTypeByMetadataName("System.Convert");
        bitConverter = compilation.GetTypeByMetadataName("System.BitConverter");
    }

    /// <summary>A name for the message: what the operand is (its variable name, or the call that made it).</summary>
    public string? Describe(IOperation operand) => Describe(operand, 0);

    private string? Describe(IOperation? operand, int depth)
    {
        operand = Conversions.Strip(operand);
        if (operand is null || depth > MaxDepth)
        {
            return null;
        }

        switch (operand)
        {
            case ILocalReferenceOperation local:
                return SignatureNames.SaysSignature(local.Local.Name) || Describe(LocalInitializers.Of(local), depth + 1) is not null
                    ? local.Local.Name
                    : null;
            case IParameterReferenceOperation parameter:
                return SignatureNames.SaysSignature(parameter.Parameter.Name) ? parameter.Parameter.Name : null;
            case IFieldReferenceOperation field:
                return SignatureNames.SaysSignature(field.Field.Name) ? field.Field.Name : null;
            case IPropertyReferenceOperation property:
                return SignatureNames.SaysSignature(property.Property.Name) ? property.Property.Name : null;
            case IInvocationOperation invocation:
                return DescribeCall(invocation, depth);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                // "sha256=" + hex: text that holds a signature is compared as one.
                return Describe(concatenation.LeftOperand, depth + 1) ?? Describe(concatenation.RightOperand, depth + 1);
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation interpolation && Describe(interpolation.Expression, depth + 1) is { } inside)
                    {
                        return inside;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// A digest anyone can compute: a keyless hash (<c>SHA256.HashData</c>, <c>ComputeHash</c> of a hash algorithm that
    /// is not keyed, an <c>IncrementalHash</c> from <c>CreateHash</c>), its text, or a local assigned from one. Compared
    /// with it, the other side is a checksum or a cache key, whatever its name says.
    /// </summary>
    public bool IsKeylessDigest(IOperation operand) => IsKeylessDigest(operand, 0);

    private bool IsKeylessDigest(IOperation? operand, int depth)
    {
        operand = Conversions.Strip(operand);
        if (operand is null || depth > MaxDepth)
        {
            return false;
        }

        if (operand is ILocalReferenceOperation local)
        {
            return SignatureNames.SaysContentDigest(local.Local.Name) || IsKeylessDigest(LocalInitializers.Of(local), depth + 1);
        }

        if (operand is IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
            && SignatureNames.SaysContentDigest(Name(operand)))
        {
            return true;
        }

        if (operand is not IInvocationOperation invocation)
        {
            return false;
        }

        var method = invocation.TargetMethod;
        var inCryptography = method.ContainingType?.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography";
        switch (method.Name)
        {
            case "HashData" or "TryHashData":
                return method.IsStatic && inCryptography && !method.ContainingType!.Name.StartsWith("HMAC", System.StringComparison.Ordinal)
                    && !HashesASecret(invocation);
            case "ComputeHash" or "TryComputeHash":
                return invocation.Instance?.Type is { } hasher && inCryptography && !DerivesFrom(hasher, keyedHashAlgorithm)
                    && !HashesASecret(invocation);
            case "GetHashAndReset" or "GetCurrentHash":
                return SymbolEqualityComparer.Default.Equals(method.ContainingType, incrementalHash) && !IsHmac(invocation.Instance, depth);
            case "ToHexString" or "ToHexStringLower" or "ToBase64String" when SymbolEqualityComparer.Default.Equals(method.ContainingType, convert):
            case "ToString" when SymbolEqualityComparer.Default.Equals(method.ContainingType, bitConverter):
                return invocation.Arguments.Length > 0 && IsKeylessDigest(invocation.Arguments[0].Value, depth + 1);
            case "ToLowerInvariant" or "ToUpperInvariant" or "ToLower" or "ToUpper" or "Trim" or "ToArray" or "AsSpan":
                return invocation.Instance is { } instance ? IsKeylessDigest(instance, depth + 1)
                    : invocation.Arguments.Length > 0 && IsKeylessDigest(invocation.Arguments[0].Value, depth + 1);
            default:
                return SignatureNames.SaysContentDigest(method.Name); // ComputeManifestDigest(bytes), LayerDigestHex(...)
        }
    }

    private static string? Name(IOperation operand) => operand switch
    {
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation property => property.Property.Name,
        _ => null,
    };

    private string? DescribeCall(IInvocationOperation invocation, int depth)
    {
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "ComputeHash" or "TryComputeHash":
                return invocation.Instance?.Type is { } hasher && (DerivesFrom(hasher, keyedHashAlgorithm) || HashesASecret(invocation))
                    ? hasher.Name + "." + method.Name
                    : null;
            case "HashData" or "TryHashData":
                // Static one-shot HMAC: HMACSHA256.HashData(key, data). SHA256.HashData(data) has no key, unless the data
                // holds one (MD5 over the parameters and "&key=" + apiKey: WeChat Pay v2's sign).
                return method.IsStatic && method.ContainingType.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography"
                    && (method.ContainingType.Name.StartsWith("HMAC", System.StringComparison.Ordinal) || HashesASecret(invocation))
                    ? method.ContainingType.Name + "." + method.Name
                    : null;
            case "GetHashAndReset" or "GetCurrentHash":
                return SymbolEqualityComparer.Default.Equals(method.ContainingType, incrementalHash) && IsHmac(invocation.Instance, depth)
                    ? "IncrementalHash." + method.Name
                    : null;
            case "ToHexString" or "ToHexStringLower" or "ToBase64String" when SymbolEqualityComparer.Default.Equals(method.ContainingType, convert):
            case "ToString" when SymbolEqualityComparer.Default.Equals(method.ContainingType, bitConverter):
                return invocation.Arguments.Length > 0 ? Describe(invocation.Arguments[0].Value, depth + 1) : null;
            case "ToLowerInvariant" or "ToUpperInvariant" or "ToLower" or "ToUpper" or "Trim" or "ToArray" or "AsSpan":
                // sig.ToLowerInvariant(), hmac.ComputeHash(body).AsSpan(): the same value in another form.
                return invocation.Instance is { } instance ? Describe(instance, depth + 1)
                    : invocation.Arguments.Length > 0 ? Describe(invocation.Arguments[0].Value, depth + 1) : null;
            default:
                return SignsByName(method) ? method.Name : null;
        }
    }

    // Sign(parameters, key, signType), ComputeSignature(body), CalculateHmac(...): a signing helper of the project's own
    // (WeChat Pay's and Alipay's SDKs sign so) whose text or bytes are a signature. SignIn, SignOut, SignUp are not.
    private static bool SignsByName(IMethodSymbol method)
    {
        if (method.ReturnType.SpecialType != SpecialType.System_String
            && method.ReturnType is not IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
        {
            return false;
        }

        var words = IdentifierWords.Split(method.Name);
        if (words.Count > 0 && words[0] == "sign")
        {
            return words.Count == 1 || words[1] is not ("in" or "out" or "up" or "on" or "off");
        }

        return SignatureNames.SaysSignature(method.Name);
    }

    // MD5.HashData(Encoding.UTF8.GetBytes(stringA + "&key=" + options.ApiKey)), SHA1 over the sorted token, timestamp and
    // nonce: a digest over data that holds a secret is keyed by it (a secret-prefix or -suffix MAC), so its expected value
    // is as unknown to an attacker as an HMAC's. A value holds a secret when a name SC1001 reads as a secret's (ApiKey,
    // token, clientSecret) appears in it, also through a local's initializer.
    private static bool HashesASecret(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (HoldsASecret(argument.Value, 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsASecret(IOperation? value, int depth)
    {
        if (value is null || depth > MaxDepth)
        {
            return false;
        }

        foreach (var operation in value.DescendantsAndSelf())
        {
            var name = operation switch
            {
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                IFieldReferenceOperation field => field.Field.Name,
                IPropertyReferenceOperation property => property.Property.Name,
                ILocalReferenceOperation local => local.Local.Name,
                _ => null,
            };
            // Only text and bytes are key material: a CancellationToken or an options object passed along is not.
            if (name is not null && IsKeyMaterial(operation.Type) && Secrets.SecretNames.Classify(name) != Secrets.SecretKind.None)
            {
                return true;
            }

            if (operation is ILocalReferenceOperation reference && HoldsASecret(LocalInitializers.Of(reference), depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKeyMaterial(ITypeSymbol? type) =>
        type is null or IErrorTypeSymbol
        || type.SpecialType == SpecialType.System_String
        || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte or SpecialType.System_Char }
        || (type is INamedTypeSymbol { Name: "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory", TypeArguments.Length: 1 } span
            && span.TypeArguments[0].SpecialType is SpecialType.System_Byte or SpecialType.System_Char);

    // An IncrementalHash is keyed only when IncrementalHash.CreateHMAC made it.
    private static bool IsHmac(IOperation? instance, int depth)
    {
        instance = Conversions.Strip(instance);
        if (instance is IInvocationOperation { TargetMethod.Name: "CreateHMAC" })
        {
            return true;
        }

        return instance is ILocalReferenceOperation local && depth <= MaxDepth
            && Conversions.Strip(LocalInitializers.Of(local)) is IInvocationOperation { TargetMethod.Name: "CreateHMAC" };
    }

    private static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol? baseType)
    {
        for (var t = type as INamedTypeSymbol; t is not null && baseType is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
