using Groupus.Domain.Privacy.Exports;

namespace Groupus.Application.Privacy.Exports;

public interface IExportPackages
{
    void Add(ExportPackage package);

    Task<ExportPackage?> OfRequestAsync(Guid requestId, CancellationToken cancellationToken);

    Task<ExportPackage?> GetAsync(Guid packageId, CancellationToken cancellationToken);

    void AddToken(ExportDownloadToken token);

    Task<ExportDownloadToken?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Marks the token spent if nobody has yet, in one conditional update; false when it was already spent.</summary>
    Task<bool> TrySpendAsync(Guid tokenId, DateTime nowUtc, CancellationToken cancellationToken);
}
