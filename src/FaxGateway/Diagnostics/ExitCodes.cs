using Groupus.Fax.Modems.Lines;
using Groupus.Fax.T30.Calls;

namespace Groupus.FaxGateway.Diagnostics;

/// <summary>The diagnostic commands' exit codes, one per outcome, as scripts test them.</summary>
public static class ExitCodes
{
    /// <summary>Probed, sent (every page confirmed) or received (to the end of the document).</summary>
    public const int Success = 0;

    /// <summary>Something unexpected: a bug or an environment failure, with the exception on stderr.</summary>
    public const int UnexpectedError = 1;

    /// <summary>Bad arguments, an unreadable input file, or a fax class with no driver in this build.</summary>
    public const int Usage = 2;

    public const int Busy = 3;

    /// <summary>Sending: nobody answered. Receiving: no call came before the deadline.</summary>
    public const int NoAnswer = 4;

    /// <summary>No carrier (no fax at the far end) or no dial tone.</summary>
    public const int NoCarrier = 5;

    /// <summary>The call connected but the fax procedure failed with no page through (see the T.30 error and +FHS code).</summary>
    public const int ProtocolFailure = 6;

    /// <summary>The modem did not answer commands in time (it was reset), or the device could not be opened.</summary>
    public const int ModemNotResponding = 7;

    /// <summary>Some pages went through, then the call failed.</summary>
    public const int Partial = 8;

    public static int For(FaxCallOutcome outcome) => outcome switch
    {
        FaxCallOutcome.Success => Success,
        FaxCallOutcome.Partial => Partial,
        FaxCallOutcome.Busy => Busy,
        FaxCallOutcome.NoAnswer or FaxCallOutcome.NoIncomingCall => NoAnswer,
        FaxCallOutcome.NoCarrier or FaxCallOutcome.NoDialTone => NoCarrier,
        _ => ProtocolFailure,
    };
}
