using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Rules.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>
/// Binary and metadata responses declared in ways the generator cannot build (SC4033, SC4021) still give a client that
/// compiles: the operation throws naming the rule, its well-declared neighbours are generated.
/// </summary>
public sealed class UnbuildableResponseShapeTests
{
    private const string Source = """
        #nullable enable
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;
        using SecureConnectors;

        namespace Acme.Files
        {
            [Resource("files")]
            public sealed class StoredFile
            {
                [Field("id")] public string Id { get; init; } = "";
            }

            [Projection(typeof(StoredFile))]
            public sealed partial record FileEntry(string Id);

            [Connector("files", BaseUrl = "https://files.example.com/")]
            public partial interface IFiles
            {
                [Get("a")] Task<Stream?> NullStreamAsync();
                [Get("b")] Task<ConnectorResponse<byte[]>> BytesWithMetadataAsync();
                [Get("c")] Task<ConnectorResponse<FileEntry?>> NullValueAsync();
                [Get("d")] Task<ConnectorResponse<FileEntry>?> NullResponseAsync();
                [Get("e", ResultPath = "data")] Task<byte[]> BytesAtPathAsync();
                [Get("f", ResultPath = "data")] Task<ConnectorResponse> MetadataAtPathAsync();
                [Get("g")] Task<Stream> DownloadAsync();
                [Get("h")] Task<ConnectorResponse<FileEntry>> GetAsync();
            }
        }
        """;

    [Fact]
    public async Task The_client_compiles_the_misdeclared_operations_throw_and_the_SC_errors_are_what_the_user_sees()
    {
        var (output, generatorDiagnostics, sources) = GeneratorHarness.Run(GeneratorHarness.Compile(withHttpClientFactory: false, Source));

        Assert.Empty(generatorDiagnostics);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        var client = sources["Acme.Files.IFiles.Connector.g.cs"];
        Assert.Contains("NullStreamAsync() => throw new global::System.NotSupportedException(\"IFiles.NullStreamAsync was not generated: see error SC4033", client);
        Assert.Contains("BytesWithMetadataAsync() => throw new global::System.NotSupportedException(\"IFiles.BytesWithMetadataAsync was not generated: see error SC4033", client);
        Assert.Contains("NullValueAsync() => throw", client);
        Assert.Contains("NullResponseAsync() => throw", client);
        Assert.Contains("BytesAtPathAsync() => throw new global::System.NotSupportedException(\"IFiles.BytesAtPathAsync was not generated: see error SC4021", client);
        Assert.Contains("MetadataAtPathAsync() => throw", client);
        Assert.Contains("this.invoker.SendForStreamAsync(DownloadAsyncOperation", client);
        Assert.Contains("this.invoker.SendForResponseAsync(GetAsyncOperation", client);

        var reported = await output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConnectorDeclarationAnalyzer())).GetAnalyzerDiagnosticsAsync();
        Assert.Equal(
            new[] { "SC4021", "SC4021", "SC4033", "SC4033", "SC4033", "SC4033" },
            reported.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal));
    }
}
