using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using SecureConnectors;

namespace SecureConnectors.Benchmarks.Connectors;

/// <summary>A postal address inside the record.</summary>
public sealed class WorkerAddress
{
    [Field("line1")] [JsonPropertyName("line1")] public string? Line1 { get; set; }
    [Field("line2")] [JsonPropertyName("line2")] public string? Line2 { get; set; }
    [Field("city")] [JsonPropertyName("city")] public string? City { get; set; }
    [Field("region")] [JsonPropertyName("region")] public string? Region { get; set; }
    [Field("postalCode")] [JsonPropertyName("postalCode")] public string? PostalCode { get; set; }
    [Field("country")] [JsonPropertyName("country")] public string? Country { get; set; }
}

/// <summary>Another worker as the record refers to it.</summary>
public sealed class WorkerRef
{
    [Field("id")] [JsonPropertyName("id")] public string Id { get; set; } = "";
    [Field("name")] [JsonPropertyName("name")] public string Name { get; set; } = "";
    [Field("email")] [JsonPropertyName("email")] public string? Email { get; set; }
    [Field("title")] [JsonPropertyName("title")] public string? Title { get; set; }
}

/// <summary>One phone number of the worker.</summary>
public sealed class WorkerPhone
{
    [Field("type")] [JsonPropertyName("type")] public string Type { get; set; } = "";
    [Field("number")] [JsonPropertyName("number")] public string Number { get; set; } = "";
    [Field("primary")] [JsonPropertyName("primary")] public bool Primary { get; set; }
}

/// <summary>A 60-field record whose fields include objects and lists (the shape of a full HRIS employee with relations).</summary>
[Resource("workers")]
public sealed class NestedWorker
{
    [Field("n00")] [JsonPropertyName("n00")] public string N00 { get; set; } = "";
    [Field("n01")] [JsonPropertyName("n01")] public int N01 { get; set; }
    [Field("n02")] [JsonPropertyName("n02")] public bool N02 { get; set; }
    [Field("n03")] [JsonPropertyName("n03")] public decimal N03 { get; set; }
    [Field("n04")] [JsonPropertyName("n04")] public string? N04 { get; set; }
    [Field("n05")] [JsonPropertyName("n05")] public DateTimeOffset N05 { get; set; }
    [Field("n06")] [JsonPropertyName("n06")] public string N06 { get; set; } = "";
    [Field("n07")] [JsonPropertyName("n07")] public int N07 { get; set; }
    [Field("n08")] [JsonPropertyName("n08")] public bool N08 { get; set; }
    [Field("n09")] [JsonPropertyName("n09")] public decimal N09 { get; set; }
    [Field("n10")] [JsonPropertyName("n10")] public string? N10 { get; set; }
    [Field("n11")] [JsonPropertyName("n11")] public DateTimeOffset N11 { get; set; }
    [Field("n12")] [JsonPropertyName("n12")] public string N12 { get; set; } = "";
    [Field("n13")] [JsonPropertyName("n13")] public int N13 { get; set; }
    [Field("n14")] [JsonPropertyName("n14")] public bool N14 { get; set; }
    [Field("n15")] [JsonPropertyName("n15")] public decimal N15 { get; set; }
    [Field("n16")] [JsonPropertyName("n16")] public string? N16 { get; set; }
    [Field("n17")] [JsonPropertyName("n17")] public DateTimeOffset N17 { get; set; }
    [Field("n18")] [JsonPropertyName("n18")] public string N18 { get; set; } = "";
    [Field("n19")] [JsonPropertyName("n19")] public int N19 { get; set; }
    [Field("n20")] [JsonPropertyName("n20")] public bool N20 { get; set; }
    [Field("n21")] [JsonPropertyName("n21")] public decimal N21 { get; set; }
    [Field("n22")] [JsonPropertyName("n22")] public string? N22 { get; set; }
    [Field("n23")] [JsonPropertyName("n23")] public DateTimeOffset N23 { get; set; }
    [Field("n24")] [JsonPropertyName("n24")] public string N24 { get; set; } = "";
    [Field("n25")] [JsonPropertyName("n25")] public int N25 { get; set; }
    [Field("n26")] [JsonPropertyName("n26")] public bool N26 { get; set; }
    [Field("n27")] [JsonPropertyName("n27")] public decimal N27 { get; set; }
    [Field("n28")] [JsonPropertyName("n28")] public string? N28 { get; set; }
    [Field("n29")] [JsonPropertyName("n29")] public DateTimeOffset N29 { get; set; }
    [Field("n30")] [JsonPropertyName("n30")] public string N30 { get; set; } = "";
    [Field("n31")] [JsonPropertyName("n31")] public int N31 { get; set; }
    [Field("n32")] [JsonPropertyName("n32")] public bool N32 { get; set; }
    [Field("n33")] [JsonPropertyName("n33")] public decimal N33 { get; set; }
    [Field("n34")] [JsonPropertyName("n34")] public string? N34 { get; set; }
    [Field("n35")] [JsonPropertyName("n35")] public DateTimeOffset N35 { get; set; }
    [Field("n36")] [JsonPropertyName("n36")] public string N36 { get; set; } = "";
    [Field("n37")] [JsonPropertyName("n37")] public int N37 { get; set; }
    [Field("n38")] [JsonPropertyName("n38")] public bool N38 { get; set; }
    [Field("n39")] [JsonPropertyName("n39")] public decimal N39 { get; set; }
    [Field("n40")] [JsonPropertyName("n40")] public string? N40 { get; set; }
    [Field("n41")] [JsonPropertyName("n41")] public DateTimeOffset N41 { get; set; }
    [Field("n42")] [JsonPropertyName("n42")] public string N42 { get; set; } = "";
    [Field("n43")] [JsonPropertyName("n43")] public int N43 { get; set; }
    [Field("n44")] [JsonPropertyName("n44")] public bool N44 { get; set; }
    [Field("n45")] [JsonPropertyName("n45")] public decimal N45 { get; set; }
    [Field("n46")] [JsonPropertyName("n46")] public string? N46 { get; set; }
    [Field("n47")] [JsonPropertyName("n47")] public DateTimeOffset N47 { get; set; }
    [Field("n48")] [JsonPropertyName("n48")] public string N48 { get; set; } = "";
    [Field("n49")] [JsonPropertyName("n49")] public int N49 { get; set; }
    [Field("n50")] [JsonPropertyName("n50")] public bool N50 { get; set; }
    [Field("n51")] [JsonPropertyName("n51")] public decimal N51 { get; set; }
    [Field("n52")] [JsonPropertyName("n52")] public string? N52 { get; set; }
    [Field("n53")] [JsonPropertyName("n53")] public DateTimeOffset N53 { get; set; }
    [Field("n54")] [JsonPropertyName("n54")] public string N54 { get; set; } = "";
    [Field("address")] [JsonPropertyName("address")] public WorkerAddress? Address { get; set; }
    [Field("manager")] [JsonPropertyName("manager")] public WorkerRef? Manager { get; set; }
    [Field("phones")] [JsonPropertyName("phones")] public IReadOnlyList<WorkerPhone> Phones { get; set; } = Array.Empty<WorkerPhone>();
    [Field("tags")] [JsonPropertyName("tags")] public IReadOnlyList<string> Tags { get; set; } = Array.Empty<string>();
    [Field("teams")] [JsonPropertyName("teams")] public IReadOnlyList<WorkerRef> Teams { get; set; } = Array.Empty<WorkerRef>();
}

/// <summary>The city of the address.</summary>
[Projection(typeof(WorkerAddress))]
public sealed partial record CityView(string? City);

/// <summary>The number of a phone.</summary>
[Projection(typeof(WorkerPhone))]
public sealed partial record PhoneNumberView(string Number);

/// <summary>A resource field read through a dotted path, for the nested projection.</summary>
[Resource("workers")]
public sealed class NestedWorkerPaths
{
    [Field("n00")] public string N00 { get; set; } = "";
    [Field("n01")] public int N01 { get; set; }
    [Field("address")] public WorkerAddress? Address { get; set; }
    [Field("manager.name")] public string? ManagerName { get; set; }
    [Field("phones")] public IReadOnlyList<WorkerPhone> Phones { get; set; } = Array.Empty<WorkerPhone>();
}

/// <summary>What the caller needs: 5 values, three of them nested (an object's field, a dotted path, a list of objects' field).</summary>
[Projection(typeof(NestedWorkerPaths))]
public sealed partial record NestedWorkerSummary(string N00, int N01, CityView? Address, string? ManagerName, IReadOnlyList<PhoneNumberView> Phones);

/// <summary>The baseline: System.Text.Json, source-generated, deserialising the whole nested resource.</summary>
[JsonSerializable(typeof(NestedWorker))]
public sealed partial class NestedWorkerJsonContext : JsonSerializerContext
{
}
