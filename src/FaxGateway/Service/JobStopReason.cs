namespace Groupus.FaxGateway.Service;

/// <summary>Why a running job is being stopped before its call ends on its own.</summary>
internal enum JobStopReason
{
    None,

    /// <summary>The core cancelled the job: finish the page on the line, hang up, report CANCELLED.</summary>
    Cancelled,

    /// <summary>The link was down too long to keep the lease: hang up after the page and say nothing; the core re-queues.</summary>
    LeaseLapsed,

    /// <summary>The core says the lease is no longer ours: hang up after the page and say nothing.</summary>
    LeaseLost,
}
