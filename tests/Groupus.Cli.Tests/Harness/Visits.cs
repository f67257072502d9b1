using Google.Protobuf.WellKnownTypes;
using Groupus.Api.Grpc.Visitors.V1;

namespace Groupus.Cli.Tests.Harness;

public static class Visits
{
    public static Visit OnSite(string visitor, string company, string badge, DateTimeOffset signedInAt, string host = "Bob Host") => new()
    {
        Id = $"visit-{visitor.ToLowerInvariant().Replace(' ', '-')}",
        Status = VisitStatus.OnSite,
        VisitorName = visitor,
        Company = company,
        HostUsername = "bob",
        HostDisplayName = host,
        BadgeNumber = badge,
        SignedInAt = Timestamp.FromDateTimeOffset(signedInAt),
        Version = 1,
    };
}
