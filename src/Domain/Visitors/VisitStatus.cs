namespace Groupus.Domain.Visitors;

public enum VisitStatus
{
    Expected = 1,
    OnSite = 2,
    SignedOut = 3,
}
