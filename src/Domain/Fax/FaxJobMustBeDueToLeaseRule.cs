using Groupus.Domain.Common;

namespace Groupus.Domain.Fax;

public sealed class FaxJobMustBeDueToLeaseRule(FaxJob job, DateTime nowUtc) : IBusinessRule
{
    public string Code => "FAX_JOB_NOT_DUE";

    public string Message => job.State == FaxJobState.Active
        ? "The fax job is already on a line."
        : $"The fax job is {job.State.ToString().ToLowerInvariant()} and not due before {job.NotBeforeUtc:u}.";

    public bool IsBroken() => !job.IsDueAt(nowUtc) || job.CancelRequested;
}
