using System.Reflection;
using Groupus.Api.Grpc.Mapping;

namespace Groupus.IntegrationTests.Edge;

/// <summary>
/// Every proto enum the edge maps is paired with its domain enum value by value: each domain value has a proto value,
/// each proto value but "not given" has a domain value, and each pair has the same name (the proto's UNSPECIFIED may
/// stand for the domain's zero). A value added on one side and not the other fails here, not in a customer's hands.
/// </summary>
public sealed class EnumMapsTests
{
    private static readonly Assembly Api = typeof(EnumMap<,>).Assembly;

    public static TheoryData<string> Maps() => [.. MapFields().Select(f => $"{f.DeclaringType!.Name}.{f.Name}")];

    [Fact]
    public void The_edge_maps_the_enums_of_every_module_that_has_them() =>
        Assert.Superset(
            new HashSet<string> { "SalesEnumMaps.ConsentMethod", "PrivacyEnumMaps.DataSubjectRequestStatus", "FaxEnumMaps.FaxCallOutcome" },
            MapFields().Select(f => $"{f.DeclaringType!.Name}.{f.Name}").ToHashSet());

    [Theory]
    [MemberData(nameof(Maps))]
    public void Each_map_pairs_every_value_of_both_enums_by_name(string map)
    {
        var field = MapFields().Single(f => $"{f.DeclaringType!.Name}.{f.Name}" == map);

        Assert.Empty(Gaps(field.FieldType.GetGenericArguments()[0], field.FieldType.GetGenericArguments()[1], Pairs(field.GetValue(null)!)));
    }

    [Fact]
    public void Canary_a_value_left_out_or_paired_with_another_name_is_reported()
    {
        (Enum, Enum)[] pairs = [(ProtoLight.Red, DomainLight.Red), (ProtoLight.Amber, DomainLight.Green)];

        Assert.Equal(
            [
                "ProtoLight.Amber is paired with DomainLight.Green",
                "DomainLight.Amber has no ProtoLight",
                "ProtoLight.Green has no DomainLight",
            ],
            Gaps(typeof(ProtoLight), typeof(DomainLight), pairs));
    }

    private static IEnumerable<FieldInfo> MapFields() =>
        Api.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(EnumMap<,>))
            .OrderBy(f => $"{f.DeclaringType!.Name}.{f.Name}", StringComparer.Ordinal);

    private static (Enum Proto, Enum Domain)[] Pairs(object map) =>
        [.. ((System.Collections.IEnumerable)map.GetType().GetProperty(nameof(EnumMap<DomainLight, DomainLight>.Pairs))!.GetValue(map)!)
            .Cast<object>()
            .Select(pair => ((Enum)pair.GetType().GetProperty("Key")!.GetValue(pair)!, (Enum)pair.GetType().GetProperty("Value")!.GetValue(pair)!))];

    private static List<string> Gaps(Type proto, Type domain, (Enum Proto, Enum Domain)[] pairs)
    {
        var gaps = pairs
            .Where(p => p.Proto.ToString() != "Unspecified" && p.Proto.ToString() != p.Domain.ToString())
            .Select(p => $"{proto.Name}.{p.Proto} is paired with {domain.Name}.{p.Domain}")
            .ToList();
        gaps.AddRange(Enum.GetValues(domain).Cast<Enum>().Where(d => !pairs.Any(p => p.Domain.Equals(d))).Select(d => $"{domain.Name}.{d} has no {proto.Name}"));
        gaps.AddRange(Enum.GetValues(proto).Cast<Enum>()
            .Where(p => p.ToString() != "Unspecified" && !pairs.Any(pair => pair.Proto.Equals(p)))
            .Select(p => $"{proto.Name}.{p} has no {domain.Name}"));
        return gaps;
    }

    private enum ProtoLight
    {
        Unspecified = 0,
        Red = 1,
        Amber = 2,
        Green = 3,
    }

    private enum DomainLight
    {
        Red = 1,
        Amber = 2,
        Green = 3,
    }
}
