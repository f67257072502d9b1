using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

public sealed class RequestMustNotBeWaitingRule(DataSubjectRequestStatus status) : IBusinessRule
{
    public string Code => "REQUEST_WAITING_FOR_SUBJECT";

    public string Message => "The request is waiting for the subject; resume it first.";

    public bool IsBroken() => status == DataSubjectRequestStatus.WaitingForSubject;
}
