namespace Groupus.Application.Visitors;

/// <summary>Read-only views of the visitor log, projected straight from storage.</summary>
public interface IVisitReadStore
{
    Task<IReadOnlyList<VisitDto>> ListOnSiteAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<VisitDto>> ListExpectedAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);

    /// <summary>Visits signed in within [fromUtc, toUtc), oldest first.</summary>
    Task<IReadOnlyList<VisitDto>> SearchHistoryAsync(DateTime fromUtc, DateTime toUtc, string? hostUsername, int skip, int take, CancellationToken cancellationToken);

    Task<IReadOnlyList<RetentionRunDto>> ListRetentionRunsAsync(int take, CancellationToken cancellationToken);
}
