namespace Groupus.Fax.Modems.Class1;

/// <summary>The modem answered a set-up command with something other than OK (usually ERROR).</summary>
public sealed class ModemCommandException(string command, string result)
    : IOException($"The modem answered AT{command} with {result}.")
{
    public string Command { get; } = command;

    public string Result { get; } = result;
}
