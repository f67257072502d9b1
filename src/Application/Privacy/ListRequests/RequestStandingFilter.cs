namespace Groupus.Application.Privacy.ListRequests;

/// <summary>DUE: open and not yet due soon; DUE_SOON: due within Privacy:DueSoonDays; OVERDUE: past due; CLOSED: completed or rejected.</summary>
public enum RequestStandingFilter
{
    Any = 0,
    Due = 1,
    DueSoon = 2,
    Overdue = 3,
    Closed = 4,
}
