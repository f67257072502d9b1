using Groupus.Domain.Common;

namespace Groupus.Domain.Fax;

public sealed class FaxJobMustBeUnfinishedRule(FaxJobState state) : IBusinessRule
{
    public string Code => "FAX_JOB_FINISHED";

    public string Message => $"The fax job is already {state.ToString().ToLowerInvariant()}.";

    public bool IsBroken() => state.IsFinal();
}
