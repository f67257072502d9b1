namespace Groupus.Application.Fax;

/// <summary>Wakes the dispatcher: a job became due or a line became idle.</summary>
public interface IFaxQueueSignal
{
    void JobsChanged();
}
