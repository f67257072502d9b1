using Groupus.Fax.T30.Calls;

namespace Groupus.Fax.Modems.Lines;

/// <summary>
/// What the gateway asks of a fax modem, whatever its service class: identify it, send a document, receive one.
/// Class 2 / 2.0 (<c>Class2.Class2FaxModem</c>) implements it; a Class 1 driver (over the T.30 engine) implements
/// the same contract. A driver talks to its modem through one <c>Serial.ModemChannel</c> it is given and does not own.
/// </summary>
/// <remarks>
/// Call outcomes (busy, no answer, a page refused, the remote hanging up) come back in <see cref="FaxCallResult"/>.
/// A modem that does not answer its commands in time is reset and reported by throwing
/// <see cref="ModemNotRespondingException"/>; nothing waits forever.
/// </remarks>
public interface IFaxModemDriver
{
    /// <summary>"1", "2" or "2.0".</summary>
    string FaxClass { get; }

    /// <summary>Asks the modem who it is and which fax classes it offers. Leaves it in data mode (+FCLASS=0).</summary>
    Task<ModemIdentity> ProbeAsync(CancellationToken cancellationToken);

    /// <summary>Dials <see cref="FaxSendRequest.Number"/> and sends the pages; hangs up before returning.</summary>
    Task<FaxCallResult> SendAsync(FaxSendRequest request, IProgress<FaxProgress>? progress, CancellationToken cancellationToken);

    /// <summary>Waits for a call, answers after the rings asked for, receives the pages; hangs up before returning.</summary>
    Task<FaxCallResult> ReceiveAsync(FaxReceiveRequest request, IProgress<FaxProgress>? progress, CancellationToken cancellationToken);
}
