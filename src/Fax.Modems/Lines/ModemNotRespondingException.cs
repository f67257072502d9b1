namespace Groupus.Fax.Modems.Lines;

/// <summary>
/// The modem stopped answering (a deadline passed or the port closed). The driver has already tried to reset it;
/// <see cref="ResetSucceeded"/> says whether the reset was answered.
/// </summary>
public sealed class ModemNotRespondingException(string device, string waitingFor, bool resetSucceeded, Exception? inner = null)
    : Exception($"The modem on {device} did not answer {waitingFor}; {(resetSucceeded ? "it was reset" : "a reset was not answered either")}.", inner)
{
    public string Device { get; } = device;

    public string WaitingFor { get; } = waitingFor;

    public bool ResetSucceeded { get; } = resetSucceeded;
}
