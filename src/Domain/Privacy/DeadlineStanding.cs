namespace Groupus.Domain.Privacy;

/// <summary>Where a deadline stands on a given day.</summary>
public enum DeadlineStanding
{
    OnTrack,
    DueSoon,
    Overdue,

    /// <summary>Waiting for the subject: the clock has stopped and the due date is not known until it resumes.</summary>
    Paused,
}
