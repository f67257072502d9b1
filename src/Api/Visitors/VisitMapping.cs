using Groupus.Api.Grpc.Mapping;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Application.Visitors;
using Groupus.Domain.Visitors;
using ProtoVisit = Groupus.Api.Grpc.Visitors.V1.Visit;
using ProtoVisitStatus = Groupus.Api.Grpc.Visitors.V1.VisitStatus;

namespace Groupus.Api.Visitors;

public static class VisitMapping
{
    public static ProtoVisit ToProto(this VisitDto visit) => new()
    {
        Id = visit.Id.ToString(),
        Status = visit.Status switch
        {
            Domain.Visitors.VisitStatus.Expected => ProtoVisitStatus.Expected,
            Domain.Visitors.VisitStatus.OnSite => ProtoVisitStatus.OnSite,
            Domain.Visitors.VisitStatus.SignedOut => ProtoVisitStatus.SignedOut,
            _ => ProtoVisitStatus.Unspecified,
        },
        VisitorName = visit.VisitorName,
        Company = visit.Company ?? "",
        Purpose = visit.Purpose ?? "",
        HostUsername = visit.HostUsername,
        HostDisplayName = visit.HostDisplayName,
        BadgeNumber = visit.BadgeNumber ?? "",
        ExpectedAt = visit.ExpectedAtUtc.ToTimestamp(),
        SignedInAt = visit.SignedInAtUtc.ToTimestamp(),
        SignedOutAt = visit.SignedOutAtUtc.ToTimestamp(),
        Anonymised = visit.Anonymised,
        Version = visit.Version,
    };

    public static ListVisitsResponse ToProto(this IEnumerable<VisitDto> visits, string? nextPageToken = null)
    {
        var response = new ListVisitsResponse { NextPageToken = nextPageToken ?? "" };
        response.Visits.AddRange(visits.Select(ToProto));
        return response;
    }

    public static RetentionRun ToProto(this RetentionRunDto run) => new()
    {
        RanAt = run.RanAtUtc.ToTimestamp(),
        CutOff = run.CutOffUtc.ToTimestamp(),
        AnonymisedCount = run.AnonymisedCount,
    };
}
