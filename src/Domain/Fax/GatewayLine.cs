using Groupus.Domain.Common;

namespace Groupus.Domain.Fax;

/// <summary>A line a gateway registered: received faxes may only be uploaded for these, and route by their number.</summary>
public sealed class GatewayLine : AggregateRoot
{
    private GatewayLine()
    {
    }

    public Guid GatewayId { get; private set; }

    [NotPersonalData("the gateway's name for one of our lines")]
    public string LineId { get; private set; } = "";

    /// <summary>E.164, or null when the line's number is not known.</summary>
    [NotPersonalData("the number of one of our own fax lines")]
    public string? Number { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    public static GatewayLine Register(Guid gatewayId, string lineId, string? number, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        GatewayId = gatewayId,
        LineId = lineId,
        Number = number,
        RegisteredAtUtc = nowUtc,
    };
}
