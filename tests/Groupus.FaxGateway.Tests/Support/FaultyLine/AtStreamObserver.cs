using System.Text;
using Groupus.Fax.Modems.Serial;

namespace Groupus.FaxGateway.Tests.Support.FaultyLine;

/// <summary>
/// Follows a Class 1 conversation from the middle of the wire, just enough to tell commands, result lines and
/// shielded data apart: the driver's AT command lines (outside the data it sends after CONNECT to +FTM/+FTH/ATA),
/// and the modem's result lines and the data it sends after CONNECT to +FRM/+FRH/ATD, up to DLE ETX.
/// The two directions are one conversation: a CONNECT opens data only while the last command still has some to
/// come. A modem's stray CONNECT (spandsp repeats it when its HDLC transmitter runs dry before the frame arrives,
/// and the bridge may see it only after the final frame went by) opens nothing, so the next command is still seen.
/// </summary>
internal sealed class AtStreamObserver
{
    private readonly object gate = new();
    private readonly StringBuilder commandLine = new();
    private readonly StringBuilder resultLine = new();
    private readonly Dictionary<string, int> occurrences = [];
    private DteCommand? lastCommand;
    private bool driverSendsData;
    private bool driverDle;
    private int frameOctets;
    private bool finalFrame;
    private ModemState modem;

    // What the last command may still bring: the driver's frames or data, or one reception from the modem.
    private bool transmissionOpen;
    private bool receptionOpen;

    private enum ModemState
    {
        Text,
        AfterConnectCr,
        Data,
        DataDle,
    }

    public DteCommand? LastCommand
    {
        get
        {
            lock (gate)
            {
                return lastCommand;
            }
        }
    }

    /// <summary>Octets from the driver; returns the commands they completed.</summary>
    public IReadOnlyList<DteCommand> ObserveDriver(ReadOnlySpan<byte> octets)
    {
        var commands = new List<DteCommand>();
        lock (gate)
        {
            foreach (var octet in octets)
            {
                if (driverSendsData)
                {
                    // The driver's data ends at DLE ETX; DLE DLE is a data DLE. An HDLC frame's second octet (its
                    // control field, 0x13 on the final frame) says whether more frames follow.
                    var ended = driverDle && octet == Dle.EndOfText;
                    if ((!driverDle && octet != Dle.DataLinkEscape) || (driverDle && octet == Dle.DataLinkEscape))
                    {
                        finalFrame = frameOctets++ == 1 ? (octet & 0x10) != 0 : finalFrame;
                    }

                    driverSendsData = !ended;
                    driverDle = !driverDle && octet == Dle.DataLinkEscape;
                    if (ended && (finalFrame || lastCommand?.Text.StartsWith("AT+FTM=", StringComparison.Ordinal) == true))
                    {
                        transmissionOpen = false;
                    }

                    continue;
                }

                if (octet != '\r')
                {
                    commandLine.Append((char)octet);
                    continue;
                }

                // CAN (abort a receive command) and stray octets may come before "AT".
                var line = commandLine.ToString();
                commandLine.Clear();
                var at = line.IndexOf("AT", StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    continue;
                }

                var text = line[at..].Trim().ToUpperInvariant();
                occurrences[text] = occurrences.GetValueOrDefault(text) + 1;
                lastCommand = new DteCommand(text, occurrences[text]);
                transmissionOpen = lastCommand.StartsTransmission;
                receptionOpen = lastCommand.StartsReception;
                commands.Add(lastCommand);
            }
        }

        return commands;
    }

    /// <summary>One octet from the modem: text, data, or the end of data.</summary>
    public ModemOctet ObserveModem(byte octet)
    {
        lock (gate)
        {
            switch (modem)
            {
                case ModemState.Data:
                    modem = octet == Dle.DataLinkEscape ? ModemState.DataDle : ModemState.Data;
                    return ModemOctet.Data;
                case ModemState.DataDle:
                    modem = octet == Dle.EndOfText ? ModemState.Text : ModemState.Data;
                    receptionOpen = receptionOpen && octet != Dle.EndOfText;
                    return octet == Dle.EndOfText ? ModemOctet.EndOfData : ModemOctet.Data;
                case ModemState.AfterConnectCr:
                    // "CONNECT" CR LF: data starts after the LF (or straight after the CR if no LF follows).
                    modem = ModemState.Data;
                    if (octet == '\n')
                    {
                        return ModemOctet.Text;
                    }

                    return ObserveModem(octet);
            }

            if (octet is not ((byte)'\r' or (byte)'\n'))
            {
                resultLine.Append((char)octet);
                return ModemOctet.Text;
            }

            var line = resultLine.ToString().Trim();
            resultLine.Clear();
            if (line.StartsWith("CONNECT", StringComparison.Ordinal) && lastCommand is not null)
            {
                if (receptionOpen)
                {
                    modem = octet == '\r' ? ModemState.AfterConnectCr : ModemState.Data;
                }
                else if (transmissionOpen)
                {
                    driverSendsData = true;
                    driverDle = false;
                    frameOctets = 0;
                    finalFrame = false;
                }
            }

            return ModemOctet.Text;
        }
    }
}
