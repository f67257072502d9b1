using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Partners.GetReseller;

public sealed class GetResellerHandler(IResellerRepository resellers) : IQueryHandler<GetResellerQuery, Result<ResellerDto>>
{
    public async ValueTask<Result<ResellerDto>> Handle(GetResellerQuery query, CancellationToken cancellationToken)
    {
        var reseller = await resellers.GetAsync(Guid.Parse(query.ResellerId), cancellationToken);
        return reseller is null ? Error.NotFound("The reseller") : ResellerDto.From(reseller);
    }
}
