using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

public sealed class RequestMustBeInProgressToRunRule(DataSubjectRequestStatus status) : IBusinessRule
{
    public string Code => "REQUEST_NOT_IN_PROGRESS";

    public string Message => "Only a verified request in progress can be run.";

    public bool IsBroken() => status != DataSubjectRequestStatus.InProgress;
}
