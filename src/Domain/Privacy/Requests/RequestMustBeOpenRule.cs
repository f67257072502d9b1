using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

public sealed class RequestMustBeOpenRule(DataSubjectRequestStatus status) : IBusinessRule
{
    public string Code => "REQUEST_CLOSED";

    public string Message => "The request is completed or rejected; nothing more can be done to it.";

    public bool IsBroken() => status is DataSubjectRequestStatus.Completed or DataSubjectRequestStatus.Rejected;
}
