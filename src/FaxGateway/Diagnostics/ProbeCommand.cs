using System.CommandLine;
using Groupus.Fax.Modems.Lines;

namespace Groupus.FaxGateway.Diagnostics;

/// <summary><c>probe --device D [--class ..]</c>: who the modem is and which fax classes it offers.</summary>
internal static class ProbeCommand
{
    public static Command Create(FaxModemDriverFactory drivers)
    {
        var options = new CommonOptions();
        var command = new Command("probe", "Identify the modem: manufacturer, model, revision and fax classes");
        options.AddTo(command);
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(parse, options, async (connection, output) =>
        {
            var timeout = TimeSpan.FromSeconds(connection.Line.Quirks.CommandTimeoutSeconds);
            var faxClass = connection.Line.Class;
            ModemIdentity identity;
            if (faxClass.Length > 0 && drivers.Supports(faxClass))
            {
                identity = await drivers.Create(faxClass, connection.Channel, connection.Line).ProbeAsync(cancellationToken);
            }
            else
            {
                identity = await CommandRunner.GuardedAsync(connection,
                    () => ModemProbe.ProbeAsync(connection.Channel, connection.Line.Quirks.ResetCommand, timeout, cancellationToken));
            }

            output.WriteLine($"Device:        {connection.Line.Device}");
            output.WriteLine($"Manufacturer:  {identity.Manufacturer}");
            output.WriteLine($"Model:         {identity.Model}");
            output.WriteLine($"Revision:      {identity.Revision}");
            output.WriteLine($"Fax classes:   {(identity.FaxClasses.Count == 0 ? "none reported" : string.Join(", ", identity.FaxClasses))}");
            foreach (var info in identity.Information)
            {
                output.WriteLine($"ATI:           {info}");
            }

            var drivable = drivers.AvailableClasses.Where(identity.Supports).ToList();
            output.WriteLine($"Drivable:      {(drivable.Count == 0 ? "no class this build drives" : string.Join(", ", drivable))}");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
