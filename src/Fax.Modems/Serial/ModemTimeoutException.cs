namespace Groupus.Fax.Modems.Serial;

/// <summary>The modem said nothing useful before the deadline: the caller resets it and reports it.</summary>
public sealed class ModemTimeoutException(string waitingFor, TimeSpan timeout)
    : TimeoutException($"The modem did not answer {waitingFor} within {timeout.TotalSeconds:0.#} s.")
{
    public string WaitingFor { get; } = waitingFor;
}
