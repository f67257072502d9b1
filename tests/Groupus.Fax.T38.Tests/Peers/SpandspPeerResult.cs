namespace Groupus.Fax.T38.Tests.Peers;

/// <summary>How the spandsp peer's call ended: its exit status and its T.30 completion code, pages and parameters.</summary>
public sealed record SpandspPeerResult(int ExitCode, int Completion, string Text, int Pages, int BitRate, bool Ecm)
{
    public bool Succeeded => ExitCode == 0 && Completion == 0;
}
