namespace Groupus.Sdp;

/// <summary><c>T38FaxRateManagement</c>: who checks the training (TCF).</summary>
public enum T38RateManagement
{
    /// <summary><c>transferredTCF</c>: the TCF crosses the IP network (the usual choice over UDPTL).</summary>
    TransferredTcf,

    /// <summary><c>localTCF</c>: each gateway generates and checks TCF locally.</summary>
    LocalTcf,
}
