using Groupus.Fax.Modems.Class2;

namespace Groupus.FaxGateway.Emulation;

/// <summary>Identity, behaviour and injected faults of one emulated Class 2 / 2.0 modem.</summary>
public sealed record Class2ModemEmulatorOptions
{
    public string Manufacturer { get; init; } = "Groupus";

    public string Model { get; init; } = "Class 2.0 modem emulator";

    public string Revision { get; init; } = "1.0";

    /// <summary>What the emulated DCE can do (its DIS), before the DTE sets +FCC.</summary>
    public Class2SessionParameters Capabilities { get; init; } = Class2SessionParameters.GatewayDefault;

    /// <summary>Send a pair of 0x10 data octets to the DTE as &lt;DLE&gt;&lt;SUB&gt; (T.32 allows it) rather than four DLEs.</summary>
    public bool SubstituteDoubleDle { get; init; } = true;

    /// <summary>Fault: read commands and never answer, like a wedged modem.</summary>
    public bool Silent { get; init; }

    /// <summary>Fault, as the answering side: stop in the middle of delivering a page and answer nothing after it.</summary>
    public bool WedgeDuringReceivedPage { get; init; }

    /// <summary>Fault, as the answering side: drop the line once this many page octets have arrived (remote hang-up mid-page).</summary>
    public int? HangUpAfterPageBytes { get; init; }

    /// <summary>Fault, as the calling side: garble this many page copies on the line (the receiver then answers RTN).</summary>
    public int GarbledPageCopies { get; init; }

    /// <summary>T.30 T1: how long an answerer waits for the caller's DCS.</summary>
    public TimeSpan CommandWait { get; init; } = TimeSpan.FromSeconds(35);

    /// <summary>How long a sender waits for the post-page response (T.30 T4 × 3).</summary>
    public TimeSpan ResponseWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>T.30 T2: how long a receiver waits for the next page or command after +FDR.</summary>
    public TimeSpan PageWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long CONNECT after +FDR waits for the DTE's DC2.</summary>
    public TimeSpan StartReceiveWait { get; init; } = TimeSpan.FromSeconds(5);
}
