using Groupus.Domain.Common;

namespace Groupus.Domain.Visitors;

public sealed class VisitorMustBeOnSiteToSignOutRule(VisitStatus status) : IBusinessRule
{
    public string Code => "VISITOR_NOT_ON_SITE";

    public string Message => status == VisitStatus.SignedOut
        ? "This visitor has already signed out."
        : "This visitor never signed in.";

    public bool IsBroken() => status != VisitStatus.OnSite;
}
