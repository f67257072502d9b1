namespace Groupus.Domain.Privacy.Requests;

/// <summary>received → identity check → in progress → (waiting for the subject | referred) → completed or rejected.</summary>
public enum DataSubjectRequestStatus
{
    Received = 1,
    IdentityCheck = 2,
    InProgress = 3,
    WaitingForSubject = 4,
    Referred = 5,
    Completed = 6,
    Rejected = 7,
}
