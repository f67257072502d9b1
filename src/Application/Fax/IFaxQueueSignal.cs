namespace Groupus.Application.Fax;

/// <summary>Wakes the dispatcher: a job became due, a line became idle, or a job is to be stopped on its line.</summary>
public interface IFaxQueueSignal
{
    void JobsChanged();

    /// <summary>Tells the gateway holding the lease to hang up after the current page.</summary>
    void CancelOnLine(Guid gatewayId, Guid jobId, Guid leaseId);
}
