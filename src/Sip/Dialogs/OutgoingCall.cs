using Groupus.Sip.Messages;

namespace Groupus.Sip.Dialogs;

/// <summary>An INVITE we sent: its final response (a 408 on timeout), its dialog after a 2xx, and a way to CANCEL it.</summary>
public sealed class OutgoingCall
{
    private readonly Action _cancel;

    internal OutgoingCall(SipRequest invite, Task<SipResponse> final, Func<SipDialog?> dialog, Action cancel)
    {
        Invite = invite;
        Final = final;
        _dialog = dialog;
        _cancel = cancel;
    }

    private readonly Func<SipDialog?> _dialog;

    public SipRequest Invite { get; }

    public Task<SipResponse> Final { get; }

    public SipDialog? Dialog => _dialog();

    /// <summary>Sends CANCEL (§9.1) if no final response has come (once a provisional has); the INVITE then ends with 487.</summary>
    public void Cancel() => _cancel();
}
