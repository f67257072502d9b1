namespace Groupus.Domain.Fax;

public static class FaxJobStateExtensions
{
    /// <summary>Done, failed or cancelled: nothing more will happen to the job.</summary>
    public static bool IsFinal(this FaxJobState state) => state is FaxJobState.Done or FaxJobState.Failed or FaxJobState.Cancelled;
}
