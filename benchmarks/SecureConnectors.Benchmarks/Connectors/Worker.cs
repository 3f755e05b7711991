using System;
using System.Text.Json.Serialization;
using SecureConnectors;

namespace SecureConnectors.Benchmarks.Connectors;

/// <summary>A provider resource with 60 fields (the shape of a full HRIS employee record).</summary>
[Resource("workers")]
public sealed class Worker
{
    [Field("field00", Scope = "workers:read")] [JsonPropertyName("field00")] public string Field00 { get; set; } = "";
    [Field("field01", Scope = "workers:read")] [JsonPropertyName("field01")] public int Field01 { get; set; }
    [Field("field02", Scope = "workers:read")] [JsonPropertyName("field02")] public bool Field02 { get; set; }
    [Field("field03", Scope = "workers:read")] [JsonPropertyName("field03")] public decimal Field03 { get; set; }
    [Field("field04", Scope = "workers:read")] [JsonPropertyName("field04")] public string? Field04 { get; set; }
    [Field("field05")] [JsonPropertyName("field05")] public DateTimeOffset Field05 { get; set; }
    [Field("field06")] [JsonPropertyName("field06")] public string Field06 { get; set; } = "";
    [Field("field07")] [JsonPropertyName("field07")] public int Field07 { get; set; }
    [Field("field08")] [JsonPropertyName("field08")] public bool Field08 { get; set; }
    [Field("field09")] [JsonPropertyName("field09")] public decimal Field09 { get; set; }
    [Field("field10")] [JsonPropertyName("field10")] public string? Field10 { get; set; }
    [Field("field11")] [JsonPropertyName("field11")] public DateTimeOffset Field11 { get; set; }
    [Field("field12")] [JsonPropertyName("field12")] public string Field12 { get; set; } = "";
    [Field("field13")] [JsonPropertyName("field13")] public int Field13 { get; set; }
    [Field("field14")] [JsonPropertyName("field14")] public bool Field14 { get; set; }
    [Field("field15")] [JsonPropertyName("field15")] public decimal Field15 { get; set; }
    [Field("field16")] [JsonPropertyName("field16")] public string? Field16 { get; set; }
    [Field("field17")] [JsonPropertyName("field17")] public DateTimeOffset Field17 { get; set; }
    [Field("field18")] [JsonPropertyName("field18")] public string Field18 { get; set; } = "";
    [Field("field19")] [JsonPropertyName("field19")] public int Field19 { get; set; }
    [Field("field20")] [JsonPropertyName("field20")] public bool Field20 { get; set; }
    [Field("field21")] [JsonPropertyName("field21")] public decimal Field21 { get; set; }
    [Field("field22")] [JsonPropertyName("field22")] public string? Field22 { get; set; }
    [Field("field23")] [JsonPropertyName("field23")] public DateTimeOffset Field23 { get; set; }
    [Field("field24")] [JsonPropertyName("field24")] public string Field24 { get; set; } = "";
    [Field("field25")] [JsonPropertyName("field25")] public int Field25 { get; set; }
    [Field("field26")] [JsonPropertyName("field26")] public bool Field26 { get; set; }
    [Field("field27")] [JsonPropertyName("field27")] public decimal Field27 { get; set; }
    [Field("field28")] [JsonPropertyName("field28")] public string? Field28 { get; set; }
    [Field("field29")] [JsonPropertyName("field29")] public DateTimeOffset Field29 { get; set; }
    [Field("field30")] [JsonPropertyName("field30")] public string Field30 { get; set; } = "";
    [Field("field31")] [JsonPropertyName("field31")] public int Field31 { get; set; }
    [Field("field32")] [JsonPropertyName("field32")] public bool Field32 { get; set; }
    [Field("field33")] [JsonPropertyName("field33")] public decimal Field33 { get; set; }
    [Field("field34")] [JsonPropertyName("field34")] public string? Field34 { get; set; }
    [Field("field35")] [JsonPropertyName("field35")] public DateTimeOffset Field35 { get; set; }
    [Field("field36")] [JsonPropertyName("field36")] public string Field36 { get; set; } = "";
    [Field("field37")] [JsonPropertyName("field37")] public int Field37 { get; set; }
    [Field("field38")] [JsonPropertyName("field38")] public bool Field38 { get; set; }
    [Field("field39")] [JsonPropertyName("field39")] public decimal Field39 { get; set; }
    [Field("field40")] [JsonPropertyName("field40")] public string? Field40 { get; set; }
    [Field("field41")] [JsonPropertyName("field41")] public DateTimeOffset Field41 { get; set; }
    [Field("field42")] [JsonPropertyName("field42")] public string Field42 { get; set; } = "";
    [Field("field43")] [JsonPropertyName("field43")] public int Field43 { get; set; }
    [Field("field44")] [JsonPropertyName("field44")] public bool Field44 { get; set; }
    [Field("field45")] [JsonPropertyName("field45")] public decimal Field45 { get; set; }
    [Field("field46")] [JsonPropertyName("field46")] public string? Field46 { get; set; }
    [Field("field47")] [JsonPropertyName("field47")] public DateTimeOffset Field47 { get; set; }
    [Field("field48")] [JsonPropertyName("field48")] public string Field48 { get; set; } = "";
    [Field("field49")] [JsonPropertyName("field49")] public int Field49 { get; set; }
    [Field("field50")] [JsonPropertyName("field50")] public bool Field50 { get; set; }
    [Field("field51")] [JsonPropertyName("field51")] public decimal Field51 { get; set; }
    [Field("field52")] [JsonPropertyName("field52")] public string? Field52 { get; set; }
    [Field("field53")] [JsonPropertyName("field53")] public DateTimeOffset Field53 { get; set; }
    [Field("field54")] [JsonPropertyName("field54")] public string Field54 { get; set; } = "";
    [Field("field55")] [JsonPropertyName("field55")] public int Field55 { get; set; }
    [Field("field56")] [JsonPropertyName("field56")] public bool Field56 { get; set; }
    [Field("field57")] [JsonPropertyName("field57")] public decimal Field57 { get; set; }
    [Field("field58")] [JsonPropertyName("field58")] public string? Field58 { get; set; }
    [Field("field59")] [JsonPropertyName("field59")] public DateTimeOffset Field59 { get; set; }
}

/// <summary>What the caller needs: 5 of the 60 fields.</summary>
[Projection(typeof(Worker))]
public sealed partial record WorkerSummary(string Field00, int Field01, bool Field02, decimal Field03, string? Field04);

/// <summary>The baseline: System.Text.Json, source-generated, deserialising the whole resource.</summary>
[JsonSerializable(typeof(Worker))]
[JsonSerializable(typeof(WorkerSummary))]
public sealed partial class WorkerJsonContext : JsonSerializerContext
{
}
