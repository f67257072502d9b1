using Groupus.Fax.Modems.Class1;
using Groupus.FaxGateway.Tests.Support.FaultyLine;

namespace Groupus.FaxGateway.Tests.RealPeers;

/// <summary>
/// The outcome of one gateway-to-gateway call through an iaxmodem pair with a <see cref="FaultInjectingPtyBridge"/>
/// in front of one of the modems: both ends' results and progress notes, and what the bridge saw and did.
/// </summary>
internal sealed record GatewayCallThroughFaultyLine(
    Class1CallResult Sent,
    Class1CallResult Received,
    IReadOnlyList<string> SenderNotes,
    IReadOnlyList<string> ReceiverNotes,
    IReadOnlyList<string> Injected,
    IReadOnlyList<HighSpeedReception> Receptions)
{
    /// <summary>The +FRM commands behind the bridge, in order ("AT+FRM=145", …).</summary>
    public IReadOnlyList<string> HighSpeedCommands => Receptions.Select(r => r.Command.Text).ToList();
}
