using Groupus.Application.Common.Results;
using Groupus.Application.Privacy.Requests;
using Mediator;

namespace Groupus.Application.Privacy.GetRequest;

public sealed class GetRequestHandler(IDataSubjectRequests requests, TimeProvider clock) : IQueryHandler<GetRequestQuery, Result<RequestView>>
{
    public async ValueTask<Result<RequestView>> Handle(GetRequestQuery query, CancellationToken cancellationToken) =>
        await requests.GetAsync(Guid.Parse(query.RequestId), cancellationToken) is { } request
            ? await RequestView.LoadAsync(request, requests, clock, cancellationToken)
            : Error.NotFound("Request");
}
