using Groupus.Domain.Privacy.Requests;

namespace Groupus.Application.Privacy.Requests;

/// <summary>A request as staff see it: the aggregate, the duplicates linked to it, and "now" for its deadline standing.</summary>
public sealed record RequestView(DataSubjectRequest Request, IReadOnlyList<Guid> DuplicateIds, DateTime NowUtc)
{
    public static async Task<RequestView> LoadAsync(DataSubjectRequest request, IDataSubjectRequests requests, TimeProvider clock, CancellationToken cancellationToken) =>
        new(request, await requests.DuplicateIdsOfAsync(request.Id, cancellationToken), clock.GetUtcNow().UtcDateTime);
}
