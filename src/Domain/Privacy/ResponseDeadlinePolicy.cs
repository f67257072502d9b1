namespace Groupus.Domain.Privacy;

/// <summary>
/// How long we have to answer a data-subject request. The notice promises a response "within 45 days of receiving
/// the communication"; it says nothing about extensions, so their cap is ours to configure.
/// </summary>
public sealed record ResponseDeadlinePolicy(int ResponseDays, int MaxExtensionDays, int DueSoonDays)
{
    public static ResponseDeadlinePolicy Default { get; } = new(ResponseDays: 45, MaxExtensionDays: 45, DueSoonDays: 7);
}
