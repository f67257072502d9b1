namespace Groupus.Domain.Fax;

/// <summary>Where an active job's call is, in T.30 terms.</summary>
public enum FaxCallPhase
{
    None = 0,
    Dialling = 1,
    Negotiating = 2,
    Transferring = 3,
    PostPage = 4,
    HangingUp = 5,
}
