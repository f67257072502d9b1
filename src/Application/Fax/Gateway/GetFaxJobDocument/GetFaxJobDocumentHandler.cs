using Groupus.Application.Common.Content;
using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Fax.Gateway.GetFaxJobDocument;

public sealed class GetFaxJobDocumentHandler(LeasedJobs leased, IContentStore content) : IQueryHandler<GetFaxJobDocumentQuery, Result<byte[]>>
{
    public async ValueTask<Result<byte[]>> Handle(GetFaxJobDocumentQuery query, CancellationToken cancellationToken)
    {
        var job = await leased.HeldAsync(query.JobId, query.LeaseId, cancellationToken);
        if (!job.IsSuccess)
        {
            return job.Error!;
        }

        var pages = await content.GetAsync(job.Value.DocumentContentId, cancellationToken);
        return pages is null ? Error.NotFound("The job's pages") : pages;
    }
}
