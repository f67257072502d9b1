using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

public sealed class RequestMustBeWaitingToResumeRule(DataSubjectRequestStatus status) : IBusinessRule
{
    public string Code => "REQUEST_NOT_WAITING";

    public string Message => "The request is not waiting for the subject.";

    public bool IsBroken() => status != DataSubjectRequestStatus.WaitingForSubject;
}
