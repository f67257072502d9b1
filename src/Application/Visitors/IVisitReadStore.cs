using Groupus.Application.Common.Paging;

namespace Groupus.Application.Visitors;

/// <summary>Read-only views of the visitor log, projected straight from storage.</summary>
public interface IVisitReadStore
{
    /// <summary>Everyone on site, ordered by (sign-in time, id).</summary>
    Task<IReadOnlyList<VisitDto>> ListOnSiteAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<VisitDto>> ListExpectedAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);

    /// <summary>Visits signed in within [fromUtc, toUtc), ordered by (sign-in time, id), starting after <paramref name="after"/>.</summary>
    Task<IReadOnlyList<VisitDto>> SearchHistoryAsync(DateTime fromUtc, DateTime toUtc, string? hostUsername, PageKey? after, int take, CancellationToken cancellationToken);

    Task<IReadOnlyList<RetentionRunDto>> ListRetentionRunsAsync(int take, CancellationToken cancellationToken);
}
