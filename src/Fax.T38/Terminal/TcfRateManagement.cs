namespace Groupus.Fax.T38.Terminal;

/// <summary>SDP <c>T38FaxRateManagement</c>: how the training check (TCF) crosses the IP network.</summary>
public enum TcfRateManagement
{
    /// <summary><c>transferredTCF</c>: the TCF zeros travel as non-ECM data and the receiver measures them.</summary>
    TransferredTcf,

    /// <summary><c>localTCF</c>: only the training indicator travels; a receiver that gets no TCF data takes the training as good.</summary>
    LocalTcf,
}
