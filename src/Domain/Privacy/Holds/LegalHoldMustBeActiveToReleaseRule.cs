using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Holds;

public sealed class LegalHoldMustBeActiveToReleaseRule(bool isActive) : IBusinessRule
{
    public string Code => "LEGAL_HOLD_ALREADY_RELEASED";

    public string Message => "The legal hold has already been released.";

    public bool IsBroken() => !isActive;
}
