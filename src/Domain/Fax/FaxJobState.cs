namespace Groupus.Domain.Fax;

/// <summary>pending → ready → active → done; or active → sleeping → ready … → failed; cancelled from any unfinished state.</summary>
public enum FaxJobState
{
    /// <summary>Waiting for its not-before time.</summary>
    Pending = 1,

    /// <summary>Waiting for an idle line.</summary>
    Ready = 2,

    /// <summary>Leased to a gateway line: being dialled or sent.</summary>
    Active = 3,

    /// <summary>A try did not succeed; waiting to retry.</summary>
    Sleeping = 4,

    Done = 5,
    Failed = 6,
    Cancelled = 7,
}
