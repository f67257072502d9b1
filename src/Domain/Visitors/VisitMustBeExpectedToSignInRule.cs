using Groupus.Domain.Common;

namespace Groupus.Domain.Visitors;

public sealed class VisitMustBeExpectedToSignInRule(VisitStatus status) : IBusinessRule
{
    public string Code => "VISIT_NOT_EXPECTED";

    public string Message => status == VisitStatus.OnSite
        ? "This visitor is already signed in."
        : "This visit has already ended; register a new visit instead.";

    public bool IsBroken() => status != VisitStatus.Expected;
}
