using System.Globalization;
using Groupus.Application.Common.Paging;
using Groupus.Application.Common.Results;
using Mediator;

namespace Groupus.Application.Communications.ListMailDeliveries;

public sealed class ListMailDeliveriesHandler(IMailDeliveries deliveries, IPageTokens tokens) : IQueryHandler<ListMailDeliveriesQuery, Result<MailDeliveryPage>>
{
    public async ValueTask<Result<MailDeliveryPage>> Handle(ListMailDeliveriesQuery query, CancellationToken cancellationToken)
    {
        var mailId = query.MailId is { } id ? Guid.Parse(id) : (Guid?)null;
        var scope = new PageScope("communications.mail",
            mailId?.ToString("N"),
            query.Status is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : null);
        var before = tokens.After(scope, query.PageToken);
        if (before.Error is { } refused)
        {
            return refused;
        }

        var pageSize = query.PageSize == 0 ? ListMailDeliveriesQuery.DefaultPageSize : query.PageSize;
        var rows = await deliveries.ListAsync(mailId, query.Status, before.Value, pageSize + 1, cancellationToken);
        var (page, next) = tokens.Cut(scope, rows, pageSize, d => PageKey.At(d.CreatedAtUtc, d.Id));
        return new MailDeliveryPage([.. page.Select(MailDeliveryDto.From)], next);
    }
}
