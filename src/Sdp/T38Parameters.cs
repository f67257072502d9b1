namespace Groupus.Sdp;

/// <summary>
/// The T.38 attributes of an <c>m=image ... udptl t38</c> section (ITU-T T.38 Annex D / RFC 3362 usage). Absent numeric
/// attributes are null; absent booleans are false; <see cref="ErrorCorrections"/> lists the offered schemes in order.
/// </summary>
public sealed record T38Parameters
{
    public int? Version { get; init; }

    public int? MaxBitRate { get; init; }

    public bool FillBitRemoval { get; init; }

    public bool TranscodingMmr { get; init; }

    public bool TranscodingJbig { get; init; }

    public T38RateManagement? RateManagement { get; init; }

    public int? MaxBuffer { get; init; }

    public int? MaxDatagram { get; init; }

    public IReadOnlyList<T38ErrorCorrection> ErrorCorrections { get; init; } = [];

    public bool Equals(T38Parameters? other) =>
        other is not null && Version == other.Version && MaxBitRate == other.MaxBitRate && FillBitRemoval == other.FillBitRemoval
        && TranscodingMmr == other.TranscodingMmr && TranscodingJbig == other.TranscodingJbig && RateManagement == other.RateManagement
        && MaxBuffer == other.MaxBuffer && MaxDatagram == other.MaxDatagram && ErrorCorrections.SequenceEqual(other.ErrorCorrections);

    public override int GetHashCode() => HashCode.Combine(Version, MaxBitRate, RateManagement, MaxDatagram);
}
