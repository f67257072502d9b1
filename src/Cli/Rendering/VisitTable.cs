using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Cli.Time;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Rendering;

internal static class VisitTable
{
    public static IRenderable Of(IReadOnlyCollection<Visit> visits, LocalTime time, string whenEmpty = "No visits.") =>
        TableBuilder.Build(visits, whenEmpty,
            ("Visit", visit => visit.Id),
            ("Status", visit => StatusText(visit.Status)),
            ("Visitor", VisitorName),
            ("Company", visit => visit.Company),
            ("Host", HostName),
            ("Badge", visit => visit.BadgeNumber),
            ("Expected", visit => time.Short(visit.ExpectedAt)),
            ("Signed in", visit => time.Short(visit.SignedInAt)),
            ("Signed out", visit => time.Short(visit.SignedOutAt)));

    public static IRenderable Of(Visit visit, LocalTime time) => Of([visit], time);

    public static string VisitorName(Visit visit) =>
        visit.Anonymised && string.IsNullOrEmpty(visit.VisitorName) ? "(anonymised)" : visit.VisitorName;

    public static string HostName(Visit visit) =>
        string.IsNullOrEmpty(visit.HostDisplayName) ? visit.HostUsername : visit.HostDisplayName;

    private static string StatusText(VisitStatus status) => status switch
    {
        VisitStatus.Expected => "Expected",
        VisitStatus.OnSite => "On site",
        VisitStatus.SignedOut => "Signed out",
        _ => "Unknown",
    };
}
