namespace Groupus.Fax.Modems.Lines;

/// <summary>How to take a call: answer after <paramref name="AnswerRings"/> rings; give up if none rings within <paramref name="WaitForCall"/>.</summary>
/// <param name="ModemReady">
/// The previous wait on this modem ended without a call and left it set up and on hook: check that it still answers
/// (AT) and go on listening, resetting it only if it does not. A reset (or ATH0) makes some modems refuse calls for
/// seconds (iaxmodem: 5 s), so an idle line must not reset its modem every cycle.
/// </param>
public sealed record FaxReceiveRequest(int AnswerRings, TimeSpan WaitForCall, bool ModemReady = false);
