using Groupus.Application.Common.Paging;
using Groupus.Application.Common.Results;

namespace Groupus.Application.Fax;

/// <summary>One page of received faxes, newest first, with the token for the next.</summary>
public sealed class ReceivedFaxLister(IReceivedFaxRepository received, IPageTokens tokens)
{
    public const int DefaultPageSize = 50;

    public async Task<Result<ReceivedFaxList>> ListAsync(Guid? organisationId, bool unroutedOnly, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        var scope = new PageScope(unroutedOnly ? "fax.unrouted" : "fax.received", organisationId?.ToString("N"));
        var before = tokens.After(scope, pageToken);
        if (before.Error is { } refused)
        {
            return refused;
        }

        var size = pageSize == 0 ? DefaultPageSize : pageSize;
        var rows = await received.ListAsync(organisationId, unroutedOnly, before.Value, size + 1, cancellationToken);
        var (page, next) = tokens.Cut(scope, rows, size, f => PageKey.At(f.ReceivedAtUtc, f.Id));
        return new ReceivedFaxList([.. page.Select(ReceivedFaxDto.From)], next);
    }
}
