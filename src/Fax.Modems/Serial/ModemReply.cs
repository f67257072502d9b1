namespace Groupus.Fax.Modems.Serial;

/// <summary>What a modem answered to a command: the information lines, then the final result code.</summary>
public sealed record ModemReply(string FinalResult, IReadOnlyList<string> Lines)
{
    public bool IsOk => FinalResult == "OK";

    public bool IsConnect => FinalResult.StartsWith("CONNECT", StringComparison.Ordinal);
}
