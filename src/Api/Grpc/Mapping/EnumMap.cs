namespace Groupus.Api.Grpc.Mapping;

/// <summary>
/// A proto enum and the domain enum it stands for, paired value by value by hand: never by number, so renumbering or
/// adding a value on one side cannot silently change meaning on the other. The proto's zero value means "not given"
/// unless a pair names it. Every pair list is checked to cover both enums (EnumMapsTests).
/// </summary>
public sealed class EnumMap<TProto, TDomain>
    where TProto : struct, Enum
    where TDomain : struct, Enum
{
    private readonly Dictionary<TProto, TDomain> _toDomain = [];
    private readonly Dictionary<TDomain, TProto> _toProto = [];

    public EnumMap(params (TProto Proto, TDomain Domain)[] pairs)
    {
        foreach (var (proto, domain) in pairs)
        {
            if (!_toDomain.TryAdd(proto, domain) || !_toProto.TryAdd(domain, proto))
            {
                throw new ArgumentException($"{typeof(TProto).Name}.{proto} or {typeof(TDomain).Name}.{domain} is paired twice.", nameof(pairs));
            }
        }
    }

    public IReadOnlyDictionary<TProto, TDomain> Pairs => _toDomain;

    /// <summary>
    /// Null for the proto's zero value ("not given") when no pair names it. A number the proto does not define never
    /// gets here: <see cref="Requests.RequestMessageCheck"/> refused it as the request was read, naming its field.
    /// </summary>
    public TDomain? ToDomain(TProto proto) =>
        _toDomain.TryGetValue(proto, out var domain) ? domain
        : Convert.ToInt64(proto, System.Globalization.CultureInfo.InvariantCulture) == 0 ? null
        : throw new InvalidOperationException($"{typeof(TProto).Name}.{proto} has no {typeof(TDomain).Name}: pair it in its module's enum map.");

    /// <summary>
    /// For a use case whose field must be given: "not given" becomes the domain enum's zero, which no domain enum
    /// defines, so the use case's validator refuses it and names the field.
    /// </summary>
    public TDomain ToDomainOrUnset(TProto proto) => ToDomain(proto) ?? default;

    public TProto ToProto(TDomain domain) =>
        _toProto.TryGetValue(domain, out var proto)
            ? proto
            : throw new InvalidOperationException($"{typeof(TDomain).Name}.{domain} has no {typeof(TProto).Name}: pair it in its module's enum map.");
}
