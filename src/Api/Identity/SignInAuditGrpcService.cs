using Groupus.Api.Grpc.Auth.V1;
using Groupus.Api.Grpc.Errors;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Identity.SignInAudit.ListSignInEvents;
using Grpc.Core;
using Mediator;

namespace Groupus.Api.Identity;

public sealed class SignInAuditGrpcService(ISender sender) : SignInAuditService.SignInAuditServiceBase
{
    public override async Task<ListSignInEventsResponse> ListSignInEvents(ListSignInEventsRequest request, ServerCallContext context)
    {
        var events = (await sender.Send(
            new ListSignInEventsQuery(request.From.ToUtc(), request.To.ToUtc(), request.AccountId.OrNull(), request.Limit),
            context.CancellationToken)).OrThrow();
        return new ListSignInEventsResponse
        {
            Events =
            {
                events.Select(e => new SignInEvent
                {
                    OccurredAt = e.OccurredAtUtc.ToTimestamp(),
                    AccountKind = e.AccountKind,
                    AccountId = e.AccountId?.ToString() ?? "",
                    Outcome = e.Outcome.ToString(),
                }),
            },
        };
    }
}
