using Groupus.Domain.Privacy;

namespace Groupus.Application.Privacy.Requests;

/// <summary>The "Privacy" configuration section: deadlines, identity codes and download tokens.</summary>
public sealed class PrivacyRequestOptions
{
    public const string Section = "Privacy";

    /// <summary>The notice promises an answer within 45 days of receipt.</summary>
    public int ResponseDays { get; set; } = 45;

    public int MaxExtensionDays { get; set; } = 45;

    public int DueSoonDays { get; set; } = 7;

    public int CodeDigits { get; set; } = 6;

    public TimeSpan CodeValidity { get; set; } = TimeSpan.FromMinutes(15);

    public int CodeAttempts { get; set; } = 5;

    /// <summary>At most this many codes are sent for one request per <see cref="CodeSendWindow"/>.</summary>
    public int CodeSendLimit { get; set; } = 5;

    public TimeSpan CodeSendWindow { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan DownloadValidity { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often requests left in progress (a crash, a module that failed) are run again; also once at start.</summary>
    public TimeSpan ResumeInterval { get; set; } = TimeSpan.FromMinutes(5);

    public ResponseDeadlinePolicy DeadlinePolicy => new(ResponseDays, MaxExtensionDays, DueSoonDays);
}
