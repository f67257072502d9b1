using Groupus.Fax.Modems.Class2;

namespace Groupus.FaxGateway.Emulation;

/// <summary>What one emulated modem tells the other across an emulated call: T.30 reduced to its meaning.</summary>
internal abstract record CallSignal
{
    /// <summary>The answerer picked up: its DIS capabilities and CSI.</summary>
    public sealed record Answered(Class2SessionParameters Capabilities, string CalledId) : CallSignal;

    /// <summary>The caller's DCS and TSI (training is assumed to succeed).</summary>
    public sealed record Command(Class2SessionParameters Session, string CallingId) : CallSignal;

    /// <summary>Page data in line bit order (LSB first).</summary>
    public sealed record PageData(byte[] Data) : CallSignal;

    /// <summary>End of the page's data and the post-page message (MPS, EOM, EOP).</summary>
    public sealed record EndOfPage(PostPageMessage Message) : CallSignal;

    /// <summary>The receiver's post-page response (MCF, RTN, RTP...).</summary>
    public sealed record Verdict(PostPageResponse Response) : CallSignal;

    /// <summary>DCN: an orderly end of the call.</summary>
    public sealed record Disconnect : CallSignal;

    /// <summary>The line went dead without DCN.</summary>
    public sealed record LineDropped : CallSignal;
}
