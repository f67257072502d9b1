using Groupus.Domain.Common;

namespace Groupus.Domain.Privacy.Exports;

/// <summary>An access or portability package (a zip in the content store) made for a request.</summary>
public sealed class ExportPackage : Entity
{
    private ExportPackage()
    {
    }

    public Guid RequestId { get; private set; }

    public Guid ContentId { get; private set; }

    [NotPersonalData("a file name made of the request id")]
    public string FileName { get; private set; } = "";

    public long SizeBytes { get; private set; }

    [NotPersonalData("SHA-256 hex of the package")]
    public string Sha256 { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public static ExportPackage Of(Guid requestId, Guid contentId, string fileName, long sizeBytes, string sha256, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        RequestId = requestId,
        ContentId = contentId,
        FileName = fileName,
        SizeBytes = sizeBytes,
        Sha256 = sha256,
        CreatedAtUtc = nowUtc,
    };
}
