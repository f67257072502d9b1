namespace Groupus.Fax.Modems.Class2;

/// <summary>The command and report names of one dialect, so the driver and the emulator share no string literals.</summary>
public sealed record Class2Vocabulary
{
    public static readonly Class2Vocabulary Class2 = new()
    {
        Dialect = Class2Dialect.Class2,
        ClassValue = "2",
        LocalId = "+FLID",
        Capabilities = "+FDCC",
        SessionParameters = "+FDIS",
        BitOrder = "+FBOR",
        PageStatus = "+FPTS",
        Abort = "+FK",
        Manufacturer = "+FMFR",
        Model = "+FMDL",
        Revision = "+FREV",
        ConnectedReport = "+FCON",
        SessionReport = "+FDCS",
        RemoteCapabilitiesReport = "+FDIS",
        CalledIdReport = "+FCSI",
        CallingIdReport = "+FTSI",
        PageStatusReport = "+FPTS",
        PostPageReport = "+FET",
        HangupReport = "+FHNG",
    };

    public static readonly Class2Vocabulary Class20 = new()
    {
        Dialect = Class2Dialect.Class20,
        ClassValue = "2.0",
        LocalId = "+FLI",
        Capabilities = "+FCC",
        SessionParameters = "+FIS",
        BitOrder = "+FBO",
        PageStatus = "+FPS",
        Abort = "+FKS",
        Manufacturer = "+FMI",
        Model = "+FMM",
        Revision = "+FMR",
        ConnectedReport = "+FCO",
        SessionReport = "+FCS",
        RemoteCapabilitiesReport = "+FIS",
        CalledIdReport = "+FCI",
        CallingIdReport = "+FTI",
        PageStatusReport = "+FPS",
        PostPageReport = "+FET",
        HangupReport = "+FHS",
    };

    public required Class2Dialect Dialect { get; init; }

    /// <summary>The value of <c>+FCLASS=</c>.</summary>
    public required string ClassValue { get; init; }

    public required string LocalId { get; init; }

    /// <summary>The DCE's capabilities (what it advertises in DIS).</summary>
    public required string Capabilities { get; init; }

    /// <summary>The parameters wanted for the current session (the DTE's choice for DCS).</summary>
    public required string SessionParameters { get; init; }

    public required string BitOrder { get; init; }

    /// <summary>The DTE's copy-quality verdict on a received page (1 MCF, 2 RTN, 3 RTP).</summary>
    public required string PageStatus { get; init; }

    /// <summary>Ends the session (sends DCN and hangs up).</summary>
    public required string Abort { get; init; }

    public required string Manufacturer { get; init; }

    public required string Model { get; init; }

    public required string Revision { get; init; }

    /// <summary>The fax connection is established (phase B reached).</summary>
    public required string ConnectedReport { get; init; }

    /// <summary>The negotiated session parameters (DCS sent or received).</summary>
    public required string SessionReport { get; init; }

    /// <summary>The remote receiver's capabilities (DIS).</summary>
    public required string RemoteCapabilitiesReport { get; init; }

    /// <summary>The called station's identity (CSI).</summary>
    public required string CalledIdReport { get; init; }

    /// <summary>The calling station's identity (TSI).</summary>
    public required string CallingIdReport { get; init; }

    /// <summary>The post-page response (1 MCF, 2 RTN, 3 RTP, 4 PIN, 5 PIP).</summary>
    public required string PageStatusReport { get; init; }

    /// <summary>The post-page message the remote sent (0 MPS, 1 EOM, 2 EOP).</summary>
    public required string PostPageReport { get; init; }

    /// <summary>The call has ended, with a hang-up status code.</summary>
    public required string HangupReport { get; init; }

    /// <summary>Class 2.0 hang-up codes are hexadecimal, Class 2 codes decimal.</summary>
    public bool HexadecimalHangupCodes => Dialect == Class2Dialect.Class20;

    public static Class2Vocabulary For(Class2Dialect dialect) => dialect == Class2Dialect.Class2 ? Class2 : Class20;
}
