using System;
using System.ComponentModel;

namespace SecureConnectors.Runtime;

/// <summary>
/// The scalar reads of <see cref="JsonFieldValue"/> as cached delegates, for the items of lists and the values of
/// maps: generated code passes these instead of a method group, which older compilers turn into an allocation per call.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonValueReaders
{
#pragma warning disable CS1591 // One per value kind, named after it.
    public static readonly JsonValueReader<string> String = JsonFieldValue.ReadString;
    public static readonly JsonValueReader<string?> NullableString = JsonFieldValue.ReadNullableString;
    public static readonly JsonValueReader<bool> Boolean = JsonFieldValue.ReadBoolean;
    public static readonly JsonValueReader<bool?> NullableBoolean = JsonFieldValue.ReadNullableBoolean;
    public static readonly JsonValueReader<int> Int32 = JsonFieldValue.ReadInt32;
    public static readonly JsonValueReader<int?> NullableInt32 = JsonFieldValue.ReadNullableInt32;
    public static readonly JsonValueReader<long> Int64 = JsonFieldValue.ReadInt64;
    public static readonly JsonValueReader<long?> NullableInt64 = JsonFieldValue.ReadNullableInt64;
    public static readonly JsonValueReader<double> Double = JsonFieldValue.ReadDouble;
    public static readonly JsonValueReader<double?> NullableDouble = JsonFieldValue.ReadNullableDouble;
    public static readonly JsonValueReader<decimal> Decimal = JsonFieldValue.ReadDecimal;
    public static readonly JsonValueReader<decimal?> NullableDecimal = JsonFieldValue.ReadNullableDecimal;
    public static readonly JsonValueReader<Guid> Guid = JsonFieldValue.ReadGuid;
    public static readonly JsonValueReader<Guid?> NullableGuid = JsonFieldValue.ReadNullableGuid;
    public static readonly JsonValueReader<DateTimeOffset> DateTimeOffset = JsonFieldValue.ReadDateTimeOffset;
    public static readonly JsonValueReader<DateTimeOffset?> NullableDateTimeOffset = JsonFieldValue.ReadNullableDateTimeOffset;
    public static readonly JsonValueReader<DateTime> DateTime = JsonFieldValue.ReadDateTime;
    public static readonly JsonValueReader<DateTime?> NullableDateTime = JsonFieldValue.ReadNullableDateTime;
#if NET
    public static readonly JsonValueReader<DateOnly> DateOnly = JsonFieldValue.ReadDateOnly;
    public static readonly JsonValueReader<DateOnly?> NullableDateOnly = JsonFieldValue.ReadNullableDateOnly;
#endif
    public static readonly JsonValueReader<Uri> Uri = JsonFieldValue.ReadUri;
    public static readonly JsonValueReader<Uri?> NullableUri = JsonFieldValue.ReadNullableUri;
#pragma warning restore CS1591
}
