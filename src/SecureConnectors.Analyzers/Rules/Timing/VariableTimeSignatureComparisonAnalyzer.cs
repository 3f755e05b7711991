using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Diagnostics;

namespace SecureConnectors.Analyzers.Rules.Timing;

/// <summary>
/// SC1004: a keyed signature (see <see cref="SignatureValues"/>), or a shared secret checked as a caller sent it (see
/// <see cref="SharedSecretComparisons"/>), compared with <c>==</c>/<c>!=</c> on strings,
/// <c>string.Equals</c>/<c>.Equals</c>/<c>StringComparer.Equals</c>, <c>string.Compare</c>/<c>CompareOrdinal</c>, or
/// <c>SequenceEqual</c> (LINQ or span): these stop at the first differing character, so the time a webhook check
/// takes tells an attacker how many leading bytes of a forged signature are right (CWE-208). Reported on the
/// comparison. Not reported: comparisons with null or an empty constant, lengths, assertions (an argument of a
/// method of an <c>Assert</c>-named type is test data, not a check an attacker can time), everything inside
/// <c>CryptographicOperations.FixedTimeEquals</c>, test code (never deployed where an attacker could time it) and a
/// BenchmarkDotNet <c>[Benchmark]</c> method (it measures comparisons of values it made up).
/// Cost: operation callbacks filter on the operator kind and the method name before any symbol is inspected.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class VariableTimeSignatureComparisonAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SignatureComparedInVariableTime);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var analyzer = new CompilationAnalyzer(start.Compilation);
            start.RegisterOperationAction(analyzer.AnalyzeBinary, OperationKind.Binary);
            start.RegisterOperationAction(analyzer.AnalyzeInvocation, OperationKind.Invocation);
        });
    }

    private sealed class CompilationAnalyzer
    {
        private readonly SignatureValues values;
        private readonly INamedTypeSymbol? stringComparison;
        private readonly bool canFix;

        public CompilationAnalyzer(Compilation compilation)
        {
            values = new SignatureValues(compilation);
            stringComparison = compilation.GetTypeByMetadataName("System.StringComparison");
            canFix = compilation.GetTypeByMetadataName("System.Security.Cryptography.CryptographicOperations") is not null;
            testProject = Secrets.TestCode.IsTestProject(compilation);
        }

        private readonly bool testProject;

        public void AnalyzeBinary(OperationAnalysisContext context)
        {
            var binary = (IBinaryOperation)context.Operation;
            if (binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
                || !IsText(binary.LeftOperand.Type)
                || !IsText(binary.RightOperand.Type))
            {
                return;
            }

            Check(context, binary.LeftOperand, binary.RightOperand, binary.OperatorKind == BinaryOperatorKind.NotEquals ? FixKind.Utf8Negated : FixKind.Utf8);
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name == "Contains")
            {
                AnalyzeContains(context, invocation);
                return;
            }

            if (method.Name is not ("Equals" or "Compare" or "CompareOrdinal" or "SequenceEqual"))
            {
                return;
            }

            var (left, right) = Operands(invocation);
            if (left is null || right is null)
            {
                return;
            }

            if (method.Name == "SequenceEqual")
            {
                var container = method.ContainingType?.ToDisplayString();
                if (container is "System.Linq.Enumerable" or "System.MemoryExtensions" && IsByteOrCharSequence(left.Type) && IsByteOrCharSequence(right.Type))
                {
                    Check(context, left, right, IsBytes(left.Type) && IsBytes(right.Type) && invocation.Arguments.Length == 2 ? FixKind.Bytes : FixKind.None);
                }

                return;
            }

            if (!IsText(left.Type) || !IsText(right.Type))
            {
                return;
            }

            // Equals on string, object or a StringComparer; Compare/CompareOrdinal on string only.
            var isStringMethod = method.ContainingType?.SpecialType is SpecialType.System_String or SpecialType.System_Object
                || (method.Name == "Equals" && method.ContainingType?.Name == "StringComparer");
            if (!isStringMethod)
            {
                return;
            }

            var fix = method.Name == "Equals" && IsOrdinal(invocation) && (method.ContainingType?.Name != "StringComparer" || IsOrdinalComparer(invocation.Instance))
                ? FixKind.Utf8
                : FixKind.None;
            Check(context, left, right, fix);
        }

        // signatures.Contains(expected) on a list, an array or a string compares element by element, each in
        // variable time. Hash-based sets and dictionaries are left alone: they compare only within a hash bucket.
        // No fix: one fixed-time comparison per element is a loop the user writes.
        private void AnalyzeContains(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            IOperation? collection;
            IOperation? item;
            if (method.IsStatic && method.IsExtensionMethod && invocation.Arguments.Length == 2)
            {
                collection = Implicit(invocation.Arguments[0].Value);
                item = Implicit(invocation.Arguments[1].Value);
            }
            else if (!method.IsStatic && invocation.Instance is not null && invocation.Arguments.Length == 1)
            {
                collection = Implicit(invocation.Instance);
                item = Implicit(invocation.Arguments[0].Value);
            }
            else
            {
                return;
            }

            if (item.Type?.SpecialType != SpecialType.System_String || item.ConstantValue.HasValue || !IsSequentialStrings(collection.Type))
            {
                return;
            }

            Check(context, collection, item, FixKind.None);
        }

        private static bool IsSequentialStrings(ITypeSymbol? type)
        {
            switch (type)
            {
                case { SpecialType: SpecialType.System_String }:
                    return true;
                case IArrayTypeSymbol array:
                    return array.ElementType.SpecialType == SpecialType.System_String;
                case INamedTypeSymbol { TypeArguments.Length: 1 } named when named.TypeArguments[0].SpecialType == SpecialType.System_String:
                    return named.Name is "List" or "IList" or "IReadOnlyList" or "IEnumerable" or "ICollection" or "IReadOnlyCollection"
                        or "ImmutableArray" or "Span" or "ReadOnlySpan";
                default:
                    return false;
            }
        }

        private void Check(OperationAnalysisContext context, IOperation left, IOperation right, FixKind fix)
        {
            // Test code is never deployed where an attacker could time it, and a benchmark measures comparisons it made
            // up itself: a test's own fake receiver or a benchmark of == against FixedTimeEquals checks nothing.
            if (testProject || Secrets.TestCode.IsTestFile(context.Operation.Syntax.SyntaxTree) || IsBenchmark(context.ContainingSymbol))
            {
                return;
            }

            if (IsNullOrEmptyConstant(left) || IsNullOrEmptyConstant(right) || WordedConstants.IsName(left) || WordedConstants.IsName(right))
            {
                return;
            }

            // Against a keyless hash the other side is a checksum or a cache key, whatever its name says.
            var described = values.Describe(left) ?? values.Describe(right) ?? SharedSecretComparisons.Describe(left, right);
            if (described is null || values.IsKeylessDigest(left) || values.IsKeylessDigest(right) || IsAssertionOrFixedTime(context.Operation))
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            if (canFix && fix != FixKind.None)
            {
                properties = properties
                    .Add(SignatureComparisonProperties.Operands, fix == FixKind.Bytes ? SignatureComparisonProperties.Bytes : SignatureComparisonProperties.Utf8)
                    .Add(SignatureComparisonProperties.Negated, fix == FixKind.Utf8Negated ? "true" : "false");
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.SignatureComparedInVariableTime,
                context.Operation.Syntax.GetLocation(),
                properties,
                described));
        }

        // BenchmarkDotNet's [Benchmark], on the method or the accessor's property.
        private static bool IsBenchmark(ISymbol? member)
        {
            for (; member is not null && member is not INamedTypeSymbol; member = member.ContainingSymbol)
            {
                foreach (var attribute in member.GetAttributes())
                {
                    if (attribute.AttributeClass?.Name is "BenchmarkAttribute")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static (IOperation? Left, IOperation? Right) Operands(IInvocationOperation invocation)
        {
            // a.Equals(b), a.SequenceEqual(b) (extension: both are arguments), string.Equals(a, b, ...), comparer.Equals(a, b)
            if (invocation.TargetMethod.IsStatic || invocation.Instance is null || invocation.TargetMethod.ContainingType?.Name == "StringComparer")
            {
                return invocation.Arguments.Length >= 2 ? (Implicit(invocation.Arguments[0].Value), Implicit(invocation.Arguments[1].Value)) : (null, null);
            }

            return invocation.Arguments.Length >= 1 ? (Implicit(invocation.Instance), Implicit(invocation.Arguments[0].Value)) : (null, null);
        }

        // The value as written: sig.Equals(other) passes 'other' as object, byte[] reaches SequenceEqual as a span.
        private static IOperation Implicit(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        // The fix keeps what the comparison means only for ordinal, case-sensitive equality.
        private bool IsOrdinal(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (SymbolEqualityComparer.Default.Equals(argument.Value.Type, stringComparison))
                {
                    return argument.Value.ConstantValue is { HasValue: true, Value: 4 }; // StringComparison.Ordinal
                }
            }

            return true;
        }

        private static bool IsOrdinalComparer(IOperation? comparer) =>
            comparer is IPropertyReferenceOperation { Property.Name: "Ordinal", Property.ContainingType.Name: "StringComparer" };

        // A string, or ASP.NET Core's StringValues (a header's or query's value, which converts to one).
        private static bool IsText(ITypeSymbol? type) =>
            type?.SpecialType == SpecialType.System_String
            || type is INamedTypeSymbol { Name: "StringValues", ContainingNamespace.Name: "Primitives" };

        private static bool IsNullOrEmptyConstant(IOperation operand) =>
            operand.ConstantValue is { HasValue: true, Value: null or "" }
            || operand is IFieldReferenceOperation { Field.Name: "Empty", Field.ContainingType.SpecialType: SpecialType.System_String };

        // Bytes of a digest, or the characters of its hex/Base64 text (sig.AsSpan().SequenceEqual(header)).
        private static bool IsByteOrCharSequence(ITypeSymbol? type) => type switch
        {
            { SpecialType: SpecialType.System_String } => true,
            IArrayTypeSymbol array => array.ElementType.SpecialType is SpecialType.System_Byte or SpecialType.System_Char,
            INamedTypeSymbol { TypeArguments.Length: 1 } named => named.TypeArguments[0].SpecialType is SpecialType.System_Byte or SpecialType.System_Char,
            _ => false,
        };

        private static bool IsBytes(ITypeSymbol? type) =>
            type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
            || (type is INamedTypeSymbol { Name: "Span" or "ReadOnlySpan", ContainingNamespace.Name: "System", TypeArguments.Length: 1 } span
                && span.TypeArguments[0].SpecialType == SpecialType.System_Byte);

        // Assert.Equal(expected, sig), Assert.True(sig == expected), CryptographicOperations.FixedTimeEquals(...).
        private static bool IsAssertionOrFixedTime(IOperation comparison)
        {
            for (var parent = comparison.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IInvocationOperation { TargetMethod: var method })
                {
                    var type = method.ContainingType?.Name ?? "";
                    if (type.EndsWith("Assert", System.StringComparison.Ordinal) || type.EndsWith("Assertions", System.StringComparison.Ordinal)
                        || (type == "CryptographicOperations" && method.Name == "FixedTimeEquals"))
                    {
                        return true;
                    }
                }

                if (parent is IBlockOperation or ILocalFunctionOperation or IAnonymousFunctionOperation)
                {
                    return false;
                }
            }

            return false;
        }
    }

    private enum FixKind
    {
        None,
        Bytes,
        Utf8,
        Utf8Negated,
    }
}
