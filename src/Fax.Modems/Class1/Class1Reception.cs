namespace Groupus.Fax.Modems.Class1;

/// <summary>The result of one +FRH=3 or +FRM=n: the status and the undoubled data (an HDLC frame with its 2 FCS octets, or page/TCF octets).</summary>
public sealed record Class1Reception(ReceptionStatus Status, ReadOnlyMemory<byte> Data)
{
    /// <summary>Why a reception ended early (<see cref="ReceptionStatus.CarrierLost"/>), for the call's result.</summary>
    public string? Detail { get; init; }

    public static Class1Reception Of(ReceptionStatus status) => new(status, ReadOnlyMemory<byte>.Empty);
}
