namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>
/// When a fault strikes: the <paramref name="Occurrence"/>-th time (1-based) the driver sends <paramref name="Command"/>
/// (e.g. "AT+FRM=145"), and with <paramref name="AndEveryLaterOne"/> each time after that too.
/// </summary>
internal sealed record FaultTrigger(string Command, int Occurrence = 1, bool AndEveryLaterOne = false)
{
    public bool Matches(DteCommand command) =>
        string.Equals(command.Text, Command, StringComparison.OrdinalIgnoreCase)
        && (command.Occurrence == Occurrence || (AndEveryLaterOne && command.Occurrence > Occurrence));

    public override string ToString() => $"{Command} #{Occurrence}{(AndEveryLaterOne ? " and later" : string.Empty)}";
}
