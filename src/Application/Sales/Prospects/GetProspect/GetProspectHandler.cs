using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Sales.Prospects.GetProspect;

public sealed class GetProspectHandler(IProspectRepository prospects) : IQueryHandler<GetProspectQuery, Result<ProspectDto>>
{
    public async ValueTask<Result<ProspectDto>> Handle(GetProspectQuery query, CancellationToken cancellationToken)
    {
        var prospect = await prospects.GetAsync(Guid.Parse(query.ProspectId), cancellationToken);
        return prospect is null ? Error.NotFound("The prospect") : ProspectDto.From(prospect);
    }
}
