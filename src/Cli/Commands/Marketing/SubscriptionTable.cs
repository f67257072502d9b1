using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Marketing;

internal static class SubscriptionTable
{
    /// <summary>The subscription's status, then its consent history (the proof), oldest first.</summary>
    public static IRenderable[] Of(MarketingSubscription s, LocalTime time) =>
    [
        Say.Line($"{s.Email}{(s.Name.Length > 0 ? $" ({s.Name})" : "")}: {(s.Status == SubscriptionStatus.Subscribed ? "subscribed" : "unsubscribed")} since {time.Short(s.StatusChangedAt)}"),
        TableBuilder.Build(s.History, "No consent recorded.",
            ("When", r => time.Short(r.At)),
            ("Consent", r => r.Action == ConsentAction.Given ? "given" : "withdrawn"),
            ("How", r => MarketingChoices.AnyMethod.Word(r.Method)),
            ("Notice", r => r.NoticeVersion),
            ("Wording", r => r.Wording),
            ("Recorded by (staff id)", r => r.RecordedByStaffId)),
        Say.Line($"Unsubscribe token: {s.UnsubscribeToken}"),
    ];
}
