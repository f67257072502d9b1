namespace Groupus.Fax.T38;

/// <summary>One element of an IFP data field: its type and its octets (empty when the type carries none).</summary>
public sealed record IfpField(T38FieldType Type, ReadOnlyMemory<byte> Data)
{
    /// <summary>ASN.1 allows 1..65535 octets of field data.</summary>
    public const int MaximumDataLength = 65535;

    public IfpField(T38FieldType type)
        : this(type, ReadOnlyMemory<byte>.Empty)
    {
    }

    public bool Equals(IfpField? other) => other is not null && Type == other.Type && Data.Span.SequenceEqual(other.Data.Span);

    public override int GetHashCode() => HashCode.Combine(Type, Data.Length);
}
