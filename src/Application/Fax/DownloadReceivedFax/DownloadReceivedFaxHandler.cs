using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Fax.DownloadReceivedFax;

public sealed class DownloadReceivedFaxHandler(FaxAccess access, FaxFiles files) : IQueryHandler<DownloadReceivedFaxQuery, Result<FaxFile>>
{
    public async ValueTask<Result<FaxFile>> Handle(DownloadReceivedFaxQuery query, CancellationToken cancellationToken)
    {
        var fax = await access.ReceivedAsync(query.FaxId, cancellationToken);
        if (!fax.IsSuccess)
        {
            return fax.Error!;
        }

        var file = await files.ReadAsync(fax.Value.ContentId, query.Format, cancellationToken);
        return file is null ? Error.NotFound("The received fax's pages") : file;
    }
}
