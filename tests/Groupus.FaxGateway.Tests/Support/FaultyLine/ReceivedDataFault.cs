namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>A fault in the high-speed data the modem hands the driver after CONNECT to +FRM (TCF, page data, an ECM burst).</summary>
internal abstract record ReceivedDataFault(FaultTrigger When) : LineFault(When)
{
    /// <summary>The data as the driver will see it (DLE shielding already removed), and what was done to it.</summary>
    public abstract byte[] Apply(byte[] received, out string note);
}
