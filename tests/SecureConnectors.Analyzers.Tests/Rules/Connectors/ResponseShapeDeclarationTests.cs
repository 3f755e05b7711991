using System.Threading.Tasks;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Connectors.ConnectorDeclarationAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Connectors;

/// <summary>
/// Binary (<c>Task&lt;Stream&gt;</c>, <c>Task&lt;byte[]&gt;</c>) and metadata (<c>Task&lt;ConnectorResponse&gt;</c>,
/// <c>Task&lt;ConnectorResponse&lt;T&gt;&gt;</c>) responses: what builds, and SC4033, SC4021, SC4024, SC4007 and SC4017 for
/// what does not.
/// </summary>
public sealed class ResponseShapeDeclarationTests
{
    private const string Usings = """
        #nullable enable
        using System.Collections.Generic;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using SecureConnectors;

        """;

    private const string Resource = """

        [Resource("files")]
        public class StoredFile
        {
            [Field("id")] public string Id { get; set; } = "";
            [Field("filename")] public string Filename { get; set; } = "";
        }

        [Projection(typeof(StoredFile))]
        public partial record View(string Id, string Filename);
        """;

    [Fact]
    public Task Binary_and_metadata_responses_report_nothing() => VerifyAsync("""
        [Connector("files", BaseUrl = "https://files.example.com/")]
        public partial interface IFiles
        {
            [Get("v1/files/{id}/contents")] Task<Stream> DownloadAsync(string id, CancellationToken cancellationToken = default);
            [Get("repos/{owner}/contents/{**path}")][Header("Accept", "application/vnd.github.raw+json")] Task<byte[]> RawAsync(string owner, string path);
            [Post("v1/files")] Task<ConnectorResponse> CreateAsync([Body] View file);
            [Get("v1/files/{id}", ResultPath = "data")] Task<ConnectorResponse<View>> GetAsync(string id);
            [Get("v1/files")] Task<ConnectorResponse<IReadOnlyList<View>>> ListAsync([Query("page")] int page = 1);
        }
        """);

    [Fact]
    public Task SC4033_null_or_binary_where_the_client_never_gives_it() => VerifyAsync("""
        [Connector("files", BaseUrl = "https://files.example.com/")]
        public partial interface IFiles
        {
            [Get("a")] Task<Stream?> {|#0:StreamAsync|}();
            [Get("b")] Task<byte[]?> {|#1:BytesAsync|}();
            [Post("c")] Task<ConnectorResponse?> {|#2:CreateAsync|}();
            [Get("d")] Task<ConnectorResponse<View>?> {|#3:NullResponseAsync|}();
            [Get("e")] Task<ConnectorResponse<View?>> {|#4:NullValueAsync|}();
            [Get("f")] Task<ConnectorResponse<IReadOnlyList<View>?>> {|#5:NullListAsync|}();
            [Get("g")] Task<ConnectorResponse<byte[]>> {|#6:BytesWithMetadataAsync|}();
            [Get("h")] Task<ConnectorResponse<Stream>> {|#7:StreamWithMetadataAsync|}();
        }
        """,
        Verify.Diagnostic("SC4033").WithLocation(0).WithArguments("StreamAsync", "Task<Stream?>", "it is never null (a 404 throws a ConnectorException, as any error status does); write Task<Stream>"),
        Verify.Diagnostic("SC4033").WithLocation(1).WithArguments("BytesAsync", "Task<byte[]?>", "it is never null (a 404 throws a ConnectorException, as any error status does); write Task<byte[]>"),
        Verify.Diagnostic("SC4033").WithLocation(2).WithArguments("CreateAsync", "Task<ConnectorResponse?>", "it is never null (a 404 throws a ConnectorException, as any error status does); write Task<ConnectorResponse>"),
        Verify.Diagnostic("SC4033").WithLocation(3).WithArguments("NullResponseAsync", "Task<ConnectorResponse<View>?>",
            "a response is never null (an error status throws a ConnectorException); remove the '?' after ConnectorResponse<...>"),
        Verify.Diagnostic("SC4033").WithLocation(4).WithArguments("NullValueAsync", "Task<ConnectorResponse<View?>>",
            "its value is never null (a 404 throws a ConnectorException); write ConnectorResponse<View>, or Task<View?> for null on 404"),
        Verify.Diagnostic("SC4033").WithLocation(5).WithArguments("NullListAsync", "Task<ConnectorResponse<IReadOnlyList<View>?>>",
            "its value is never null (a 404 throws a ConnectorException); write ConnectorResponse<IReadOnlyList<View>>, or Task<IReadOnlyList<View>?> for null on 404"),
        Verify.Diagnostic("SC4033").WithLocation(6).WithArguments("BytesWithMetadataAsync", "Task<ConnectorResponse<byte[]>>",
            "ConnectorResponse<T> reads a projection or a list of them; return a binary body as Task<Stream> or Task<byte[]>"),
        Verify.Diagnostic("SC4033").WithLocation(7).WithArguments("StreamWithMetadataAsync", "Task<ConnectorResponse<Stream>>",
            "ConnectorResponse<T> reads a projection or a list of them; return a binary body as Task<Stream> or Task<byte[]>"));

    [Fact]
    public Task SC4021_a_result_path_where_no_json_is_read() => VerifyAsync("""
        [Connector("files", BaseUrl = "https://files.example.com/")]
        public partial interface IFiles
        {
            [{|#0:Get("a", ResultPath = "data")|}] Task<Stream> StreamAsync();
            [{|#1:Get("b", ResultPath = "data")|}] Task<byte[]> BytesAsync();
            [{|#2:Post("c", ResultPath = "data")|}] Task<ConnectorResponse> CreateAsync();
        }
        """,
        Verify.Diagnostic("SC4021").WithLocation(0).WithArguments("StreamAsync", "ResultPath", "data",
            "the operation returns the body as a Stream and reads no JSON in it; remove ResultPath, or return a projection to read the value there"),
        Verify.Diagnostic("SC4021").WithLocation(1).WithArguments("BytesAsync", "ResultPath", "data",
            "the operation returns the body as bytes and reads no JSON in it; remove ResultPath, or return a projection to read the value there"),
        Verify.Diagnostic("SC4021").WithLocation(2).WithArguments("CreateAsync", "ResultPath", "data",
            "the operation returns ConnectorResponse and reads no response body; remove ResultPath, or return ConnectorResponse<T> to read the value there"));

    [Fact]
    public Task SC4024_SC4007_SC4017_other_misuse_of_the_new_shapes() => VerifyAsync("""
        [Connector("files", BaseUrl = "https://files.example.com/")]
        public partial interface IFiles
        {
            [Get("a")] Task<ConnectorResponse<IReadOnlyList<View?>>> {|#0:NullItemsAsync|}();
            [Get("b")] Task<ConnectorResponse<StoredFile>> {|#1:ResourceAsync|}();
            [Get("c")] ValueTask<Stream> {|#2:ValueTaskAsync|}();
            [Get("d")] IAsyncEnumerable<ConnectorResponse<View>> {|#3:PagedAsync|}();
            [Get("e")][{|#4:LinkHeaderPaging|}] Task<Stream> PagedStreamAsync();
        }
        """,
        Verify.Diagnostic("SC4024").WithLocation(0).WithArguments("NullItemsAsync", "Task<ConnectorResponse<IReadOnlyList<View?>>>",
            "Task<ConnectorResponse<IReadOnlyList<View>>> (an empty list when there is nothing)"),
        Verify.Diagnostic("SC4007").WithLocation(1).WithArguments("ResourceAsync", "Task<ConnectorResponse<StoredFile>>"),
        Verify.Diagnostic("SC4007").WithLocation(2).WithArguments("ValueTaskAsync", "ValueTask<Stream>"),
        Verify.Diagnostic("SC4007").WithLocation(3).WithArguments("PagedAsync", "IAsyncEnumerable<ConnectorResponse<View>>"),
        Verify.Diagnostic("SC4017").WithLocation(4).WithArguments("PagedStreamAsync", "[LinkHeaderPaging]"));

    private static Task VerifyAsync(string declarations, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        Verify.VerifyAsync(Usings + declarations + Resource, expected);
}
