using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Requests;

public sealed class ErasureMustNotBeUnderLegalHoldRule(int activeHolds) : IBusinessRule
{
    public string Code => "ERASURE_UNDER_LEGAL_HOLD";

    public string Message => "The subject is under a legal hold: erasure is blocked until every hold is released.";

    public bool IsBroken() => activeHolds > 0;
}
