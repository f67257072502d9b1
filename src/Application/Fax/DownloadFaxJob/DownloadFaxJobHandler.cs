using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Fax.DownloadFaxJob;

public sealed class DownloadFaxJobHandler(FaxAccess access, FaxFiles files) : IQueryHandler<DownloadFaxJobQuery, Result<FaxFile>>
{
    public async ValueTask<Result<FaxFile>> Handle(DownloadFaxJobQuery query, CancellationToken cancellationToken)
    {
        var job = await access.JobAsync(query.JobId, cancellationToken);
        if (!job.IsSuccess)
        {
            return job.Error!;
        }

        var file = await files.ReadAsync(job.Value.DocumentContentId, query.Format, cancellationToken);
        return file is null ? Error.NotFound("The fax job's pages") : file;
    }
}
