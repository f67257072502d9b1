using System.Collections;
using System.Collections.Concurrent;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Groupus.Application.Common.Results;

namespace Groupus.Api.Grpc.Requests;

/// <summary>
/// What protobuf lets through but no use case can take: enum numbers the proto does not define (an old client, a
/// typo, a probe) and timestamps or durations outside what .NET can represent. Found by walking the message as it is
/// read, so every request field, in every service and every stream, is covered by the proto alone.
/// </summary>
public static class RequestMessageCheck
{
    /// <summary>Per message type, the fields that can hold something to check (enums and messages): found once, not per call.</summary>
    private static readonly ConcurrentDictionary<MessageDescriptor, FieldDescriptor[]> FieldsToCheck = new();

    public static IReadOnlyList<FieldViolation> Find(IMessage message)
    {
        List<FieldViolation> violations = [];
        Walk(message, "", violations);
        return violations;
    }

    private static FieldDescriptor[] FieldsOf(MessageDescriptor descriptor) =>
        FieldsToCheck.GetOrAdd(descriptor, static d =>
            [.. d.Fields.InFieldNumberOrder().Where(f => f.FieldType is FieldType.Enum or FieldType.Message or FieldType.Group)]);

    private static void Walk(IMessage message, string path, List<FieldViolation> violations)
    {
        switch (message)
        {
            case Timestamp timestamp:
                CheckTimestamp(timestamp, path, violations);
                return;
            case Duration duration:
                CheckDuration(duration, path, violations);
                return;
        }

        foreach (var field in FieldsOf(message.Descriptor))
        {
            var fieldPath = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
            var value = field.Accessor.GetValue(message);
            if (field.IsMap)
            {
                var valueField = field.MessageType.FindFieldByNumber(2);
                foreach (DictionaryEntry entry in (IDictionary)value)
                {
                    CheckValue(valueField, entry.Value, $"{fieldPath}[{entry.Key}]", violations);
                }
            }
            else if (field.IsRepeated)
            {
                var index = 0;
                foreach (var item in (IList)value)
                {
                    CheckValue(field, item, $"{fieldPath}[{index++}]", violations);
                }
            }
            else
            {
                CheckValue(field, value, fieldPath, violations);
            }
        }
    }

    private static void CheckValue(FieldDescriptor field, object? value, string path, List<FieldViolation> violations)
    {
        switch (value)
        {
            case IMessage nested:
                Walk(nested, path, violations);
                break;
            case not null when field.FieldType == FieldType.Enum:
                var number = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
                if (field.EnumType.FindValueByNumber(number) is null)
                {
                    violations.Add(new FieldViolation(path, $"{number} is not a known value; use one of {string.Join(", ", field.EnumType.Values.Select(v => v.Name))}"));
                }

                break;
        }
    }

    private static void CheckTimestamp(Timestamp timestamp, string path, List<FieldViolation> violations)
    {
        if (timestamp.Nanos is < 0 or > MaxNanos)
        {
            violations.Add(new FieldViolation(path, "has nanos outside 0 to 999,999,999"));
        }
        else if (timestamp.Seconds is < EarliestSeconds or > LatestSeconds)
        {
            violations.Add(new FieldViolation(path, "must be a time between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z"));
        }
    }

    private static void CheckDuration(Duration duration, string path, List<FieldViolation> violations)
    {
        var sameSign = duration.Seconds == 0 || duration.Nanos == 0 || (duration.Seconds < 0) == (duration.Nanos < 0);
        if (duration.Nanos is < -MaxNanos or > MaxNanos || !sameSign)
        {
            violations.Add(new FieldViolation(path, "has nanos outside -999,999,999 to 999,999,999 or of the other sign than its seconds"));
        }
        else if (duration.Seconds is < Duration.MinSeconds or > Duration.MaxSeconds)
        {
            violations.Add(new FieldViolation(path, "must be a duration of at most 10,000 years"));
        }
    }

    private const int MaxNanos = 999_999_999;

    /// <summary>0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the range of a DateTime and of google.protobuf.Timestamp.</summary>
    private const long EarliestSeconds = -62_135_596_800;

    private const long LatestSeconds = 253_402_300_799;
}
