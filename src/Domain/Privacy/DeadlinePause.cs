namespace Groupus.Domain.Privacy;

/// <summary>A time the clock stood still while we waited for the subject; <see cref="ResumedOn"/> is null while it lasts.</summary>
public sealed record DeadlinePause(DateOnly PausedOn, DateOnly? ResumedOn)
{
    public bool IsOpen => ResumedOn is null;

    /// <summary>Whole calendar days the clock stood still: paused and resumed on the same day is none.</summary>
    public int Days => ResumedOn is { } resumed ? resumed.DayNumber - PausedOn.DayNumber : 0;
}
