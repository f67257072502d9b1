using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

/// <summary>Only a restriction or objection that was carried out has anything in force to lift.</summary>
public sealed class OnlyAnAppliedRestrictionCanBeLiftedRule(DataSubjectRequestType type, DataSubjectRequestStatus status) : IBusinessRule
{
    public string Code => "NOTHING_TO_LIFT";

    public string Message => "Only a completed restriction or objection request can be lifted.";

    public bool IsBroken() =>
        type is not (DataSubjectRequestType.Restriction or DataSubjectRequestType.Objection) || status != DataSubjectRequestStatus.Completed;
}
