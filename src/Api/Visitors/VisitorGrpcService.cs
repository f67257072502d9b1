using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Api.Grpc.Visitors.V1;
using Groupus.Application.Visitors.ListExpectedVisitors;
using Groupus.Application.Visitors.ListOnSite;
using Groupus.Application.Visitors.ListRetentionRuns;
using Groupus.Application.Visitors.PreRegisterVisitor;
using Groupus.Application.Visitors.SearchVisitHistory;
using Groupus.Application.Visitors.SignInVisitor;
using Groupus.Application.Visitors.SignOutVisitor;
using Groupus.Application.Visitors.TakeRollCall;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Visitors;

public sealed class VisitorGrpcService(ISender sender) : VisitorService.VisitorServiceBase
{
    public override async Task<Visit> PreRegisterVisitor(PreRegisterVisitorRequest request, ServerCallContext context) =>
        (await sender.Send(
            new PreRegisterVisitorCommand(request.VisitorName, request.Company.OrNull(), request.HostUsername, request.ExpectedAt.ToUtc(), request.Purpose.OrNull()),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListVisitsResponse> ListExpectedVisitors(ListExpectedVisitorsRequest request, ServerCallContext context) =>
        (await sender.Send(new ListExpectedVisitorsQuery(request.Day.ToUtc()), context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Visit> SignInVisitor(SignInVisitorRequest request, ServerCallContext context) =>
        (await sender.Send(
            new SignInVisitorCommand(request.VisitId.OrNull(), request.VisitorName.OrNull(), request.Company.OrNull(), request.Purpose.OrNull(),
                request.HostUsername.OrNull(), request.BadgeNumber),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<Visit> SignOutVisitor(SignOutVisitorRequest request, ServerCallContext context) =>
        (await sender.Send(
            new SignOutVisitorCommand(
                request.VisitorCase == SignOutVisitorRequest.VisitorOneofCase.VisitId ? request.VisitId : null,
                request.VisitorCase == SignOutVisitorRequest.VisitorOneofCase.BadgeNumber ? request.BadgeNumber : null),
            context.CancellationToken)).OrThrow().ToProto();

    public override async Task<ListVisitsResponse> ListOnSite(ListOnSiteRequest request, ServerCallContext context)
    {
        var page = (await sender.Send(new ListOnSiteQuery(request.PageSize, request.PageToken.OrNull()), context.CancellationToken)).OrThrow();
        return page.Visits.ToProto(page.NextPageToken);
    }

    public override async Task RollCall(RollCallRequest request, IServerStreamWriter<RollCallEntry> responseStream, ServerCallContext context)
    {
        var rollCall = (await sender.Send(new TakeRollCallQuery(), context.CancellationToken)).OrThrow();
        await responseStream.WriteAsync(new RollCallEntry
        {
            Header = new RollCallHeader { TakenAt = rollCall.TakenAtUtc.ToTimestamp(), OnSiteCount = rollCall.OnSite.Count },
        });
        foreach (var visit in rollCall.OnSite)
        {
            await responseStream.WriteAsync(new RollCallEntry { Visit = visit.ToProto() });
        }
    }

    public override async Task<ListVisitsResponse> SearchVisitHistory(SearchVisitHistoryRequest request, ServerCallContext context)
    {
        var page = (await sender.Send(
            new SearchVisitHistoryQuery(request.From.ToUtc(), request.To.ToUtc(), request.HostUsername.OrNull(), request.PageSize, request.PageToken.OrNull()),
            context.CancellationToken)).OrThrow();
        return page.Visits.ToProto(page.NextPageToken);
    }

    public override async Task<ListRetentionRunsResponse> ListRetentionRuns(ListRetentionRunsRequest request, ServerCallContext context)
    {
        var runs = (await sender.Send(new ListRetentionRunsQuery(), context.CancellationToken)).OrThrow();
        var response = new ListRetentionRunsResponse();
        response.Runs.AddRange(runs.Select(r => r.ToProto()));
        return response;
    }
}
