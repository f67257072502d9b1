using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Fax.GetReceivedFax;

public sealed class GetReceivedFaxHandler(FaxAccess access) : IQueryHandler<GetReceivedFaxQuery, Result<ReceivedFaxDto>>
{
    public async ValueTask<Result<ReceivedFaxDto>> Handle(GetReceivedFaxQuery query, CancellationToken cancellationToken)
    {
        var fax = await access.ReceivedAsync(query.FaxId, cancellationToken);
        return fax.IsSuccess ? ReceivedFaxDto.From(fax.Value) : fax.Error!;
    }
}
