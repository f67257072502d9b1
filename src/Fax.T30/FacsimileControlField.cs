namespace Groupus.Fax.T30;

/// <summary>
/// T.30 facsimile control field (FCF) codes, spelled as the recommendation spells them.
/// Values are the octet as it appears in the HDLC frame (first transmitted bit = least significant bit),
/// with the X bit cleared. For codes that carry an X bit it is the least significant bit, see <see cref="FcfCodec"/>.
/// </summary>
public enum FacsimileControlField : byte
{
    // Initial identification (sent by the called station; no X bit).
    /// <summary>Digital identification signal: the called station's capabilities.</summary>
    DIS = 0x80,
    /// <summary>Called subscriber identification: the answering station's number.</summary>
    CSI = 0x40,
    /// <summary>Non-standard facilities: manufacturer-specific capabilities.</summary>
    NSF = 0x20,

    // Polling commands (no X bit).
    /// <summary>Digital transmit command: the polling station's capabilities (same format as DIS).</summary>
    DTC = 0x81,
    /// <summary>Calling subscriber identification: the polling station's number.</summary>
    CIG = 0x41,
    /// <summary>Non-standard facilities command: polling with non-standard facilities.</summary>
    NSC = 0x21,

    // Commands to send.
    /// <summary>Digital command signal: the parameters the transmitter will use.</summary>
    DCS = 0x82,
    /// <summary>Transmitting subscriber identification: the sending station's number.</summary>
    TSI = 0x42,
    /// <summary>Non-standard facilities set-up.</summary>
    NSS = 0x22,

    // Pre-message responses.
    /// <summary>Confirmation to receive: training succeeded, send the message.</summary>
    CFR = 0x84,
    /// <summary>Failure to train: TCF rejected, retrain (usually at a lower rate).</summary>
    FTT = 0x44,
    /// <summary>Response for continue to correct: CTC accepted (ECM).</summary>
    CTR = 0xC4,

    // Post-message commands.
    /// <summary>End of message: page done, return to phase B (parameters may change).</summary>
    EOM = 0x8E,
    /// <summary>Multipage signal: page done, another follows with the same parameters.</summary>
    MPS = 0x4E,
    /// <summary>End of procedure: last page done, no more documents.</summary>
    EOP = 0x2E,
    /// <summary>Procedure interrupt - end of message.</summary>
    PRI_EOM = 0x9E,
    /// <summary>Procedure interrupt - multipage signal.</summary>
    PRI_MPS = 0x5E,
    /// <summary>Procedure interrupt - end of procedure.</summary>
    PRI_EOP = 0x3E,
    /// <summary>Partial page signal (ECM): end of a partial page, FIF carries the post-page FCF and counters.</summary>
    PPS = 0xBE,
    /// <summary>End of retransmission (ECM): the transmitter gives up correcting this partial page.</summary>
    EOR = 0xCE,
    /// <summary>Receive ready (ECM): asks whether the receiver (which sent RNR) is ready now.</summary>
    RR = 0x6E,
    /// <summary>Continue to correct (ECM): keep correcting after four PPRs, FIF carries the new rate.</summary>
    CTC = 0x12,

    // Post-message responses.
    /// <summary>Message confirmation: page (or partial page) received correctly.</summary>
    MCF = 0x8C,
    /// <summary>Retrain positive: page accepted, retrain before the next one.</summary>
    RTP = 0xCC,
    /// <summary>Retrain negative: page not accepted, retrain and retransmit.</summary>
    RTN = 0x4C,
    /// <summary>Procedure interrupt positive: operator intervention requested, page accepted.</summary>
    PIP = 0xAC,
    /// <summary>Procedure interrupt negative: operator intervention requested, page rejected.</summary>
    PIN = 0x2C,
    /// <summary>Partial page request (ECM): FIF is a 256-bit map of frames to retransmit.</summary>
    PPR = 0xBC,
    /// <summary>Receive not ready (ECM flow control): the receiver is busy.</summary>
    RNR = 0xEC,
    /// <summary>Response for end of retransmission (ECM): EOR acknowledged.</summary>
    ERR = 0x1C,

    // Other line control.
    /// <summary>Disconnect: the sender is about to hang up.</summary>
    DCN = 0xFA,
    /// <summary>Command repeat: the previous command was received in error, repeat it.</summary>
    CRP = 0x1A,

    // High-speed ECM frames (no X bit).
    /// <summary>Facsimile coded data: one ECM frame, FIF = frame number then image octets.</summary>
    FCD = 0x06,
    /// <summary>Return to control for partial page: end of the high-speed ECM burst (sent three times).</summary>
    RCP = 0x86,
}
