using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>
/// How an operation's response is read: the runtime call a method ends with, and the static reader or paging fields it
/// uses (built once per client type, not per call).
/// </summary>
internal static class OperationShapeEmitter
{
    private const string Runtime = "global::SecureConnectors.Runtime";

    /// <summary>The reader of a ResultPath operation and the paging of a paged one, as static fields after its definition.</summary>
    public static void WriteFields(SourceWriter w, OperationSpec operation)
    {
        if (operation.Paging is { } paging)
        {
            w.Line($"private static readonly {Runtime}.PagingDefinition {PagingField(operation)} = {Runtime}.PagingDefinition.{PagingFactory(paging, operation.ResultPath)};");
        }
        else if (operation.ResultPath is not null && operation.ProjectionFullName is not null)
        {
            var (type, reader) = operation.Shape.ReadsList()
                ? ($"global::System.Collections.Generic.IReadOnlyList<{operation.ProjectionFullName}>", "ReadJsonList")
                : (operation.ProjectionFullName, "ReadJson");
            w.Line($"private static readonly {Runtime}.ResponseReader<{type}> {ReaderField(operation)} =");
            w.Line($"    {Runtime}.ResultPaths.At<{type}>({GeneratedCode.Literal(operation.ResultPath)}, {operation.ProjectionFullName}.{reader});");
        }
    }

    /// <summary>
    /// The invoker call that sends the request built in <c>__path</c>, <c>__query</c> and <c>__body</c> (and
    /// <c>__headers</c> when the operation has per-call headers), with the body's media type when it is not JSON.
    /// </summary>
    public static string Call(OperationSpec operation, string operationField, string token, string? bodyMediaType, bool withHeaders)
    {
        // The shorter overloads when the body is JSON (or absent) and there is no per-call header.
        var extra = bodyMediaType is null && !withHeaders ? "" : $", {bodyMediaType ?? "null"}, {(withHeaders ? "__headers" : "null")}";
        var arguments = $"{operationField}, __path, __query, __body{extra}";
        var projection = operation.ProjectionFullName;
        var single = operation.ResultPath is null ? $"{projection}.ReadJson" : ReaderField(operation);
        var list = operation.ResultPath is null ? projection + ".ReadJsonList" : ReaderField(operation);
        return operation.Shape switch
        {
            ResponseShape.Single => $"this.invoker.SendAsync({arguments}, {single}, {token})",
            ResponseShape.SingleOrNull => $"this.invoker.SendOrNullAsync({arguments}, {single}, {token})",
            ResponseShape.List => $"this.invoker.SendAsync({arguments}, {list}, {token})",
            ResponseShape.Paged => $"this.invoker.PageAsync({arguments}, {PagingField(operation)}, {projection}.ReadJson, {token})",
            ResponseShape.Stream => $"this.invoker.SendForStreamAsync({arguments}, {token})",
            ResponseShape.Bytes => $"this.invoker.SendForBytesAsync({arguments}, {token})",
            ResponseShape.Metadata => $"this.invoker.SendForResponseAsync({arguments}, {token})",
            ResponseShape.MetadataSingle => $"this.invoker.SendForResponseAsync({arguments}, {single}, {token})",
            ResponseShape.MetadataList => $"this.invoker.SendForResponseAsync({arguments}, {list}, {token})",
            _ => $"this.invoker.SendAsync({arguments}, {token})",
        };
    }

    private static string PagingFactory(PagingSpec paging, string? resultPath) => paging.Kind switch
    {
        PagingKind.Cursor => $"Cursor({L(paging.Parameter)}, {L(paging.NextCursorPath)}, {L(paging.CursorFromLastItem)}, {L(paging.HasMorePath)}, {L(resultPath)})",
        PagingKind.Page => $"Page({L(paging.Parameter)}, {L(paging.SizeParameter)}, {paging.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {L(resultPath)})",
        _ => $"LinkHeader({L(resultPath)})",
    };

    private static string L(string? value) => GeneratedCode.Literal(value);

    private static string ReaderField(OperationSpec operation) => operation.Name + "Reader";

    private static string PagingField(OperationSpec operation) => operation.Name + "Paging";
}
