using Google.Protobuf.WellKnownTypes;

namespace Groupus.Api.Grpc.Mapping;

/// <summary>Proto3 has no null: an empty string or an unset timestamp means "not given".</summary>
public static class ProtoValues
{
    public static string? OrNull(this string value) => value.Length == 0 ? null : value;

    /// <summary>
    /// Cannot throw for a request's timestamp: <see cref="Requests.RequestMessageCheck"/> refused every timestamp a
    /// DateTime cannot hold as the request was read, naming its field.
    /// </summary>
    public static DateTime? ToUtc(this Timestamp? timestamp) => timestamp?.ToDateTime();

    public static Timestamp? ToTimestamp(this DateTime? utc) => utc is { } value ? Timestamp.FromDateTime(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;

    public static Timestamp ToTimestamp(this DateTime utc) => Timestamp.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
