namespace Groupus.Fax.T38;

/// <summary>An IFP that carries data of one modulation as one or more fields.</summary>
public sealed record IfpData(T30DataType DataType, IReadOnlyList<IfpField> Fields) : IfpPacket
{
    public bool Equals(IfpData? other) =>
        other is not null && DataType == other.DataType && Fields.SequenceEqual(other.Fields);

    public override int GetHashCode() => HashCode.Combine(DataType, Fields.Count);
}
