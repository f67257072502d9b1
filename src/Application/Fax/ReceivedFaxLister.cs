using Groupus.Application.Common.Results;

namespace Groupus.Application.Fax;

/// <summary>One page of received faxes, newest first, with the token for the next.</summary>
public sealed class ReceivedFaxLister(IReceivedFaxRepository received)
{
    public const int DefaultPageSize = 50;

    public async Task<Result<ReceivedFaxList>> ListAsync(Guid? organisationId, bool unroutedOnly, int pageSize, string? pageToken, CancellationToken cancellationToken)
    {
        if (!FaxListCursor.TryRead(pageToken, out var cursor))
        {
            return FaxListCursor.InvalidToken;
        }
        var size = pageSize == 0 ? DefaultPageSize : pageSize;
        var rows = await received.ListAsync(organisationId, unroutedOnly, cursor, size + 1, cancellationToken);
        var page = rows.Take(size).ToList();
        var next = rows.Count > size ? new FaxListCursor((cursor?.Offset ?? 0) + size).ToToken() : null;
        return new ReceivedFaxList([.. page.Select(ReceivedFaxDto.From)], next);
    }
}
