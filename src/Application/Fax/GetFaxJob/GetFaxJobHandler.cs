using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Fax.GetFaxJob;

public sealed class GetFaxJobHandler(FaxAccess access) : IQueryHandler<GetFaxJobQuery, Result<FaxJobDto>>
{
    public async ValueTask<Result<FaxJobDto>> Handle(GetFaxJobQuery query, CancellationToken cancellationToken)
    {
        var job = await access.JobAsync(query.JobId, cancellationToken);
        return job.IsSuccess ? FaxJobDto.From(job.Value) : job.Error!;
    }
}
