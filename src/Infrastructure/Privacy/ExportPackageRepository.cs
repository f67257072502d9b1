using Groupus.Application.Privacy.Exports;
using Groupus.Domain.Privacy.Exports;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Privacy;

internal sealed class ExportPackageRepository(PrivacyDbContext db) : IExportPackages
{
    public void Add(ExportPackage package) => db.ExportPackages.Add(package);

    public async Task<ExportPackage?> OfRequestAsync(Guid requestId, CancellationToken cancellationToken) =>
        db.ExportPackages.Local.FirstOrDefault(p => p.RequestId == requestId)
        ?? await db.ExportPackages.FirstOrDefaultAsync(p => p.RequestId == requestId, cancellationToken);

    public Task<ExportPackage?> GetAsync(Guid packageId, CancellationToken cancellationToken) =>
        db.ExportPackages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == packageId, cancellationToken);

    public void AddToken(ExportDownloadToken token) => db.DownloadTokens.Add(token);

    public Task<ExportDownloadToken?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken) =>
        db.DownloadTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);

    public async Task<bool> TrySpendAsync(Guid tokenId, DateTime nowUtc, CancellationToken cancellationToken) =>
        await db.DownloadTokens
            .Where(t => t.Id == tokenId && t.SpentAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.SpentAtUtc, nowUtc), cancellationToken) == 1;
}
