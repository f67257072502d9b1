using System.CommandLine;

namespace Groupus.FaxGateway.Diagnostics;

/// <summary>The options every diagnostic command shares.</summary>
internal sealed class CommonOptions
{
    public Option<string> Device { get; } = new("--device", "-d")
    {
        Description = "The modem's serial device, e.g. /dev/ttyUSB0 or /dev/ttyIAXa",
        Required = true,
    };

    public Option<string?> FaxClass { get; } = new("--class", "-c")
    {
        Description = "Fax class to use: 1, 2 or 2.0 (default: the best the modem offers that this build drives)",
    };

    public Option<int> Baud { get; } = new("--baud")
    {
        Description = "Serial speed",
        DefaultValueFactory = _ => 115200,
    };

    public Option<string> LocalId { get; } = new("--local-id", "-l")
    {
        Description = "Our fax identity (TSI/CSI), up to 20 digits, '+' and spaces",
        DefaultValueFactory = _ => string.Empty,
    };

    public Option<int> CommandTimeout { get; } = new("--command-timeout")
    {
        Description = "Seconds to wait for the modem's reply to an ordinary command",
        DefaultValueFactory = _ => 5,
    };

    /// <summary>Added to the commands that place or take a call (send, receive), not to probe.</summary>
    public Option<bool> Ecm { get; } = new("--ecm")
    {
        Description = "Offer and accept error correction (ECM, with MMR) on Class 1; on unless --ecm false",
        DefaultValueFactory = _ => true,
    };

    public CommonOptions() => FaxClass.AcceptOnlyFromAmong("1", "2", "2.0");

    public void AddTo(Command command)
    {
        command.Options.Add(Device);
        command.Options.Add(FaxClass);
        command.Options.Add(Baud);
        command.Options.Add(LocalId);
        command.Options.Add(CommandTimeout);
    }
}
