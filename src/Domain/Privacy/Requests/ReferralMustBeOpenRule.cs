using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

public sealed class ReferralMustBeOpenRule(Referral? referral) : IBusinessRule
{
    public string Code => "REFERRAL_NOT_OPEN";

    public string Message => "The request has no open referral to that organisation.";

    public bool IsBroken() => referral is null || !referral.IsOpen;
}
