namespace Groupus.Fax.Modems.Lines;

/// <summary>What probing a configured line found: the modem's identity, or why there is none, plus any warning.</summary>
public sealed record FaxLineStatus(string LineName, ModemIdentity? Identity, string? Problem)
{
    public bool Ready => Identity is not null && Problem is null;
}
