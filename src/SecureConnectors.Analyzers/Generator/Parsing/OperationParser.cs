using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>Reads one member of a connector interface into an <see cref="OperationSpec"/>.</summary>
internal static class OperationParser
{
    private const string OperationAttributes = "[Get], [Post], [Put], [Patch] or [Delete]";

    public static OperationSpec? Parse(ISymbol member, KnownTypes known, DeclarationProblems problems, CancellationToken cancellationToken)
    {
        var location = DeclarationProblems.LocationOf(member);
        if (member is not IMethodSymbol method || method.MethodKind != MethodKind.Ordinary)
        {
            if (!member.IsImplicitlyDeclared)
            {
                problems.Report(Descriptors.MemberNotOperation, location, member.Name,
                    $"a connector interface declares operations only: methods with {OperationAttributes}");
            }

            return null;
        }

        var httpAttributes = method.GetAttributes().Where(a => known.IsOperationAttribute(a.AttributeClass)).ToList();
        var memberError = method switch
        {
            { IsStatic: true } => "a static member cannot be an operation",
            { IsAbstract: false } => "an operation has no body; the generated client implements it",
            { IsGenericMethod: true } => "an operation cannot be generic",
            _ when httpAttributes.Count == 0 => $"it has no {OperationAttributes} attribute",
            _ when httpAttributes.Count > 1 => "it has more than one HTTP method attribute",
            _ => null,
        };
        if (memberError is not null)
        {
            problems.Report(Descriptors.MemberNotOperation, location, method.Name, memberError);
            return null;
        }

        var httpAttribute = httpAttributes[0];
        var route = httpAttribute.ConstructorArguments.FirstOrDefault().Value as string;
        var attributeLocation = DeclarationProblems.LocationOf(httpAttribute, method, cancellationToken);
        if (route is null)
        {
            problems.Report(Descriptors.RouteTemplateInvalid, attributeLocation, "(null)", method.Name, "the route is missing; write it relative to the connector's BaseUrl, as in [Get(\"employees/{id}\")]");
            return null;
        }

        if (!RouteTemplate.TryParse(route, out var segments, out var routeError))
        {
            problems.Report(Descriptors.RouteTemplateInvalid, attributeLocation, route, method.Name, routeError);
            return null;
        }

        var before = problems.Count;
        var placeholders = new HashSet<string>(segments.Where(s => s.IsParameter).Select(s => s.Text), StringComparer.Ordinal);
        foreach (var placeholder in placeholders.Where(p => !method.Parameters.Any(parameter => parameter.Name == p)))
        {
            problems.Report(Descriptors.RouteTemplateInvalid, attributeLocation, route, method.Name, $"'{{{placeholder}}}' names no parameter of the method; add a parameter named '{placeholder}', or rename the placeholder to the parameter that fills it");
        }

        var catchAlls = new HashSet<string>(segments.Where(s => s.IsCatchAll).Select(s => s.Text), StringComparer.Ordinal);
        var request = new RequestTypeCollector(known, BodyParser.NamingOf(method, known), cancellationToken);
        BodySpec? body = null;
        var parameters = ParseParameters(method, placeholders, catchAlls, known, problems, request, ref body);
        var headers = HeaderParser.ReadFixed(method, known, problems, cancellationToken);
        var (shape, projection, elementName) = ParseReturnType(method, known, problems, cancellationToken);
        var resultPath = ResultPath(method, shape, httpAttribute, known, attributeLocation, problems);
        var secondHost = OperationAccessParser.SecondHost(method, httpAttribute, attributeLocation, problems);
        var roles = OperationAccessParser.Roles(method, known, problems, cancellationToken);
        var queryNames = parameters?.Where(p => p.Role == ParameterRole.Query).Select(p => p.QueryName!).ToList() ?? new List<string>();
        var paging = PagingParser.Parse(method, shape, elementName, queryNames, known, problems, cancellationToken);
        if (parameters is null || problems.Count > before || (shape.ReadsProjection() && projection is null))
        {
            return null;
        }

        var declaredScopes = ScopeArguments.Read(method, known.Requires);
        var fields = projection?.Fields ?? EquatableArray<ProjectedFieldSpec>.Empty;
        var requiredScopes = fields.Where(f => f.Scope is not null).Select(f => f.Scope!)
            .Concat(declaredScopes)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(s => s, StringComparer.Ordinal);

        return new OperationSpec(
            method.Name,
            httpAttribute.AttributeClass!.Name.Replace("Attribute", "").ToUpperInvariant(),
            route,
            segments.ToEquatableArray(),
            parameters.ToEquatableArray(),
            TypeNames.FullName(method.ReturnType),
            shape,
            projection?.FullName,
            projection?.ResourceName,
            fields,
            declaredScopes.ToEquatableArray(),
            requiredScopes.ToEquatableArray(),
            resultPath,
            paging,
            headers.ToEquatableArray())
        {
            Request = new RequestSpec(body, request.Types, request.Enums),
            BaseUrl = secondHost,
            Roles = roles.ToEquatableArray(),
        };
    }

    private static string? ResultPath(IMethodSymbol method, ResponseShape shape, AttributeData httpAttribute, KnownTypes known, Location? location, DeclarationProblems problems)
    {
        string? path = null;
        foreach (var argument in httpAttribute.NamedArguments)
        {
            if (argument.Key == "ResultPath")
            {
                path = argument.Value.Value as string;
            }
        }

        if (path is null)
        {
            return null;
        }

        if (KnownTypes.Is(method.ReturnType, known.Task))
        {
            problems.Report(Descriptors.ResponsePathInvalid, location, method.Name, "ResultPath", path,
                "the operation returns Task and reads no response; remove ResultPath, or return Task<T> to read the value there");
        }
        else if (shape.IsBinary())
        {
            problems.Report(Descriptors.ResponsePathInvalid, location, method.Name, "ResultPath", path,
                $"the operation returns the body as {(shape == ResponseShape.Stream ? "a Stream" : "bytes")} and reads no JSON in it; remove ResultPath, or return a projection to read the value there");
        }
        else if (shape == ResponseShape.Metadata)
        {
            problems.Report(Descriptors.ResponsePathInvalid, location, method.Name, "ResultPath", path,
                "the operation returns ConnectorResponse and reads no response body; remove ResultPath, or return ConnectorResponse<T> to read the value there");
        }
        else if (JsonPaths.Error(path) is { } error)
        {
            problems.Report(Descriptors.ResponsePathInvalid, location, method.Name, "ResultPath", path, JsonPaths.WithFix(error));
        }

        return path;
    }

    private static List<ParameterSpec>? ParseParameters(
        IMethodSymbol method, HashSet<string> placeholders, HashSet<string> catchAlls, KnownTypes known, DeclarationProblems problems, RequestTypeCollector request, ref BodySpec? bodySpec)
    {
        var result = new List<ParameterSpec>();
        var valid = true;
        var sawBody = false;
        var sawCancellation = false;
        foreach (var parameter in method.Parameters)
        {
            var location = DeclarationProblems.LocationOf(parameter);
            var query = known.Find(parameter, known.Query);
            var body = known.Find(parameter, known.Body);
            var inRoute = placeholders.Contains(parameter.Name);
            if (!HeaderParser.TryReadParameter(parameter, known, problems, out var headerName))
            {
                valid = false;
                continue;
            }

            string? error = null;
            ParameterRole role;
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                error = "ref, out, in and params parameters cannot be sent; declare it as a plain value parameter (send a list as [Body])";
                role = ParameterRole.Query;
            }
            else if (KnownTypes.Is(parameter.Type, known.CancellationToken))
            {
                error = sawCancellation ? "an operation takes at most one CancellationToken; remove this one" : null;
                sawCancellation = true;
                role = ParameterRole.CancellationToken;
            }
            else if ((inRoute ? 1 : 0) + (query is null ? 0 : 1) + (body is null ? 0 : 1) + (headerName is null ? 0 : 1) > 1)
            {
                problems.Report(Descriptors.ParameterNotBound, location, parameter.Name, method.Name,
                    "is bound more than once (route, [Query], [Body]); a value goes to one place: keep one of the route placeholder, [Query] and [Body]");
                valid = false;
                continue;
            }
            else if (body is not null)
            {
                if (sawBody)
                {
                    problems.Report(Descriptors.MultipleBodyParameters, location, method.Name);
                    valid = false;
                    continue;
                }

                sawBody = true;
                role = ParameterRole.Body;
                bodySpec = BodyParser.Parse(parameter, body, method, request, problems);
            }
            else if (query is not null)
            {
                role = ParameterRole.Query;
            }
            else if (headerName is not null)
            {
                role = ParameterRole.Header;
            }
            else if (inRoute)
            {
                role = ParameterRole.Route;
            }
            else
            {
                problems.Report(Descriptors.ParameterNotBound, location, parameter.Name, method.Name,
                    $"is in no route placeholder and has no [Query] or [Body], so its value would never reach the provider; mark it [Query] or [Body], or write '{{{parameter.Name}}}' in the route");
                valid = false;
                continue;
            }

            var kind = ValueKind.String;
            var isNullableValueType = false;
            ValueFormatSpec? formatting = null;
            if (error is null && role is ParameterRole.Route or ParameterRole.Query)
            {
                error = RequestParameters.Describe(parameter, role, query, catchAlls.Contains(parameter.Name), method, request, problems, out kind, out isNullableValueType, out formatting, out var reported);
                if (reported)
                {
                    valid = false;
                    continue;
                }
            }

            if (error is null && role == ParameterRole.Route && isNullableValueType)
            {
                error = "a route value cannot be optional (nullable); make it a [Query] parameter";
            }

            if (error is not null)
            {
                problems.Report(Descriptors.UnsupportedParameter, location, parameter.Name, method.Name, error);
                valid = false;
                continue;
            }

            var queryName = role == ParameterRole.Query
                ? query?.ConstructorArguments.FirstOrDefault().Value as string ?? parameter.Name
                : null;
            result.Add(new ParameterSpec(parameter.Name, TypeNames.FullName(parameter.Type), role, queryName, kind, isNullableValueType, DefaultValueText(parameter), headerName)
            {
                Formatting = formatting,
            });
        }

        return valid ? result : null;
    }

    private static (ResponseShape Shape, ProjectionSpec? Projection, string? ElementName) ParseReturnType(IMethodSymbol method, KnownTypes known, DeclarationProblems problems, CancellationToken cancellationToken)
    {
        var returnType = method.ReturnType;
        if (KnownTypes.Is(returnType, known.Task))
        {
            return (ResponseShape.None, null, null);
        }

        ITypeSymbol? result = null;
        var shape = ResponseShape.Single;
        string? nullableFix = null;
        if (returnType is INamedTypeSymbol { IsGenericType: true } task && KnownTypes.Is(task.OriginalDefinition, known.TaskOfT))
        {
            result = task.TypeArguments[0];
            if (BinaryOrMetadata(method, result, known, problems) is { } whole)
            {
                return (whole, null, null);
            }

            var withMetadata = IsConnectorResponseOfT(result, known);
            if (withMetadata)
            {
                result = ((INamedTypeSymbol)result).TypeArguments[0];
                if (ValueProblem(result, known) is { } problem)
                {
                    problems.Report(Descriptors.BinaryOrMetadataResponseInvalid, DeclarationProblems.LocationOf(method), method.Name, TypeNames.ShortName(returnType), problem);
                    return (ResponseShape.None, null, null);
                }
            }

            if (result is INamedTypeSymbol { IsGenericType: true } list && KnownTypes.Is(list.OriginalDefinition, known.ReadOnlyListOfT))
            {
                shape = withMetadata ? ResponseShape.MetadataList : ResponseShape.List;
                var item = list.TypeArguments[0];
                if (list.NullableAnnotation == NullableAnnotation.Annotated || IsNullable(item))
                {
                    nullableFix = withMetadata
                        ? $"Task<ConnectorResponse<IReadOnlyList<{NonNullableName(item)}>>> (an empty list when there is nothing)"
                        : $"Task<IReadOnlyList<{NonNullableName(item)}>> (an empty list when there is nothing)";
                }

                result = item;
            }
            else if (withMetadata)
            {
                shape = ResponseShape.MetadataSingle;
            }
            else if (result.IsReferenceType && result.NullableAnnotation == NullableAnnotation.Annotated)
            {
                shape = ResponseShape.SingleOrNull;
            }
        }
        else if (returnType is INamedTypeSymbol { IsGenericType: true } sequence && KnownTypes.Is(sequence.OriginalDefinition, known.AsyncEnumerableOfT))
        {
            shape = ResponseShape.Paged;
            result = sequence.TypeArguments[0];
            if (IsNullable(result))
            {
                nullableFix = $"IAsyncEnumerable<{NonNullableName(result)}>";
            }
        }

        // T? of a reference type is the same symbol annotated: read the projection as declared, without the '?'.
        if (result?.WithNullableAnnotation(NullableAnnotation.NotAnnotated) is INamedTypeSymbol projection
            && !(result.IsValueType && IsNullable(result))
            && known.Find(projection, known.Projection) is not null)
        {
            if (nullableFix is not null)
            {
                problems.Report(Descriptors.NullableResultUnsupported, DeclarationProblems.LocationOf(method), method.Name, TypeNames.ShortName(returnType), nullableFix);
                return (shape, null, projection.Name);
            }

            // The projection reports its own declaration problems; here it only decides whether the operation can be built.
            var parsed = ProjectionParses.Get(projection, known, cancellationToken);
            var spec = parsed.Spec;
            if (spec is null)
            {
                problems.AddIds(parsed.Problems);
            }

            return (shape, spec, projection.Name);
        }

        problems.Report(Descriptors.UnsupportedReturnType, DeclarationProblems.LocationOf(method), method.Name, TypeNames.ShortName(returnType));
        return (ResponseShape.None, null, null);
    }

    // Task<Stream>, Task<byte[]> and Task<ConnectorResponse>: the shape, or null for any other T (a problem is reported here).
    private static ResponseShape? BinaryOrMetadata(IMethodSymbol method, ITypeSymbol result, KnownTypes known, DeclarationProblems problems)
    {
        var plain = result.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        ResponseShape shape;
        string fix;
        if (KnownTypes.Is(plain, known.Stream))
        {
            (shape, fix) = (ResponseShape.Stream, "Task<Stream>");
        }
        else if (IsByteArray(plain))
        {
            (shape, fix) = (ResponseShape.Bytes, "Task<byte[]>");
        }
        else if (KnownTypes.Is(plain, known.ConnectorResponse))
        {
            (shape, fix) = (ResponseShape.Metadata, "Task<ConnectorResponse>");
        }
        else if (IsConnectorResponseOfT(plain, known) && result.NullableAnnotation == NullableAnnotation.Annotated)
        {
            problems.Report(Descriptors.BinaryOrMetadataResponseInvalid, DeclarationProblems.LocationOf(method), method.Name, TypeNames.ShortName(method.ReturnType),
                "a response is never null (an error status throws a ConnectorException); remove the '?' after ConnectorResponse<...>");
            return ResponseShape.None;
        }
        else
        {
            return null;
        }

        if (result.NullableAnnotation == NullableAnnotation.Annotated)
        {
            problems.Report(Descriptors.BinaryOrMetadataResponseInvalid, DeclarationProblems.LocationOf(method), method.Name, TypeNames.ShortName(method.ReturnType),
                $"it is never null (a 404 throws a ConnectorException, as any error status does); write {fix}");
            return ResponseShape.None;
        }

        return shape;
    }

    // What ConnectorResponse<T> cannot carry: a binary body, a value that may be missing.
    private static string? ValueProblem(ITypeSymbol value, KnownTypes known)
    {
        var plain = value.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        if (KnownTypes.Is(plain, known.Stream) || IsByteArray(plain))
        {
            return "ConnectorResponse<T> reads a projection or a list of them; return a binary body as Task<Stream> or Task<byte[]>";
        }

        if (value.IsReferenceType && value.NullableAnnotation == NullableAnnotation.Annotated)
        {
            return $"its value is never null (a 404 throws a ConnectorException); write ConnectorResponse<{NonNullableName(value)}>, or Task<{TypeNames.ShortName(value)}> for null on 404";
        }

        return null;
    }

    private static bool IsByteArray(ITypeSymbol type) =>
        type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte };

    private static bool IsConnectorResponseOfT(ITypeSymbol type, KnownTypes known) =>
        type is INamedTypeSymbol { IsGenericType: true } generic && KnownTypes.Is(generic.OriginalDefinition, known.ConnectorResponseOfT);

    private static bool IsNullable(ITypeSymbol type) =>
        type.NullableAnnotation == NullableAnnotation.Annotated || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    private static string NonNullableName(ITypeSymbol type) =>
        TypeNames.ShortName(type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated));

    internal static string? DefaultValueText(IParameterSymbol parameter)
    {
        if (!parameter.HasExplicitDefaultValue)
        {
            return null;
        }

        return parameter.ExplicitDefaultValue switch
        {
            null => "default",
            string s => SymbolDisplay.FormatLiteral(s, quote: true),
            bool b => b ? "true" : "false",
            _ when parameter.Type.TypeKind == TypeKind.Enum => null,
            int i => i.ToString(CultureInfo.InvariantCulture),
            long l => l.ToString(CultureInfo.InvariantCulture) + "L",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
            _ => null,
        };
    }
}
