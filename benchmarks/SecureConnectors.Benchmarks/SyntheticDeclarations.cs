using System.Text;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// Connector declarations for the build-cost measurements: a 20-field resource, two projections and a connector
/// with five operations per file, so that the generator, SC4xxx and SC3xxx have real work in the synthetic project.
/// </summary>
internal static class SyntheticDeclarations
{
    public static string File(int i)
    {
        var builder = new StringBuilder();
        builder.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using SecureConnectors;

            namespace Contoso.Declared.Area{{i % 20}};

            [Resource("records{{i}}")]
            public sealed class Record{{i}}
            {

            """);
        for (var f = 0; f < 20; f++)
        {
            var scope = f < 5 ? "null" : $"\"records{i}:read\"";
            var type = (f % 4) switch { 0 => "string", 1 => "int", 2 => "bool", _ => "decimal" };
            var init = type == "string" ? " = \"\";" : "";
            builder.Append($"    [Field(\"field{f}\", Scope = {scope}, Classification = DataClass.{(f % 3 == 0 ? "Personal" : "Internal")})] public {type} Field{f} {{ get; init; }}{init}\n");
        }

        builder.Append($$"""
            }

            [Projection(typeof(Record{{i}}))]
            public sealed partial record Summary{{i}}(string Field0, int Field1, bool Field2, decimal Field3);

            [Projection(typeof(Record{{i}}))]
            public sealed partial record Detail{{i}}(string Field0, int Field5, bool Field6, decimal Field7, string Field8);

            public sealed class Update{{i}}
            {
                public string Text { get; set; } = "";
            }

            [Connector("partner-{{i}}", BaseUrl = "https://api{{i}}.partner.example/v1/", FieldsParameter = "fields")]
            [Grant("records{{i}}:read", "records{{i}}:write")]
            public partial interface IPartner{{i}}
            {
                [Get("records/{id}")] Task<Summary{{i}}> GetAsync(string id, CancellationToken cancellationToken = default);
                [Get("records/{id}/detail")] Task<Detail{{i}}> GetDetailAsync(string id, CancellationToken cancellationToken = default);
                [Get("records")] Task<IReadOnlyList<Summary{{i}}>> ListAsync([Query] int? page = null, CancellationToken cancellationToken = default);
                [Put("records/{id}")][Requires("records{{i}}:write")] Task UpdateAsync(string id, [Body] Update{{i}} update, CancellationToken cancellationToken = default);
                [Delete("records/{id}")][Requires("records{{i}}:write")] Task DeleteAsync(string id, CancellationToken cancellationToken = default);
            }

            """);
        return builder.ToString();
    }
}
