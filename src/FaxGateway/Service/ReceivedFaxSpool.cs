using System.Security.Cryptography;
using System.Text.Json;
using Groupus.Fax.Imaging;
using Groupus.Fax.Imaging.Tiff;

namespace Groupus.FaxGateway.Service;

/// <summary>
/// Received faxes waiting for the core, one directory each, named by the idempotency key. A fax is written into
/// "key.partial" and renamed to "key" when complete, and renamed to "key.done" before it is deleted, so a crash at
/// any moment leaves either a whole fax or a leftover the next scan removes. Faxes the core refused for good are moved
/// to "rejected" for an operator to look at.
/// </summary>
public sealed class ReceivedFaxSpool(string directory)
{
    public const string TiffName = "fax.tif";
    public const string HeaderName = "header.json";
    private const string PartialSuffix = ".partial";
    private const string DoneSuffix = ".done";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Directory => directory;

    /// <summary>Writes the pages as one MMR-coded TIFF with the header; fills in the header's size and SHA-256.</summary>
    public SpooledFax Save(SpooledFaxHeader header, IReadOnlyList<FaxPage> pages)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (!Guid.TryParse(header.IdempotencyKey, out _))
        {
            throw new ArgumentException("The idempotency key must be a UUID.", nameof(header));
        }

        using var tiff = new MemoryStream();
        FaxTiffWriter.Write(tiff, pages, new FaxTiffWriteOptions { Encoding = FaxEncoding.Mmr });
        var complete = header with
        {
            PageCount = pages.Count,
            SizeBytes = tiff.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(tiff.GetBuffer().AsSpan(0, (int)tiff.Length))),
        };

        var final = Path.Combine(directory, header.IdempotencyKey);
        var partial = final + PartialSuffix;
        System.IO.Directory.CreateDirectory(directory);
        if (System.IO.Directory.Exists(partial))
        {
            System.IO.Directory.Delete(partial, recursive: true);
        }

        System.IO.Directory.CreateDirectory(partial);
        WriteDurably(Path.Combine(partial, TiffName), tiff.GetBuffer().AsSpan(0, (int)tiff.Length));
        WriteDurably(Path.Combine(partial, HeaderName), JsonSerializer.SerializeToUtf8Bytes(complete, Json));
        System.IO.Directory.Move(partial, final);
        return new SpooledFax(complete, final);
    }

    /// <summary>
    /// Removes what an earlier run left half written or half deleted. Only at start: while the gateway runs, a
    /// ".partial" directory may be a fax being written.
    /// </summary>
    public void RemoveLeftovers()
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return;
        }

        foreach (var entry in System.IO.Directory.EnumerateDirectories(directory))
        {
            if (entry.EndsWith(PartialSuffix, StringComparison.Ordinal) || entry.EndsWith(DoneSuffix, StringComparison.Ordinal))
            {
                TryDelete(entry);
            }
        }
    }

    /// <summary>The complete faxes waiting, oldest first.</summary>
    public IReadOnlyList<SpooledFax> Scan()
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return [];
        }

        var faxes = new List<SpooledFax>();
        foreach (var entry in System.IO.Directory.EnumerateDirectories(directory))
        {
            if (!Guid.TryParse(Path.GetFileName(entry), out _))
            {
                continue;
            }

            var headerPath = Path.Combine(entry, HeaderName);
            if (!File.Exists(headerPath) || !File.Exists(Path.Combine(entry, TiffName)))
            {
                TryDelete(entry);
                continue;
            }

            var header = JsonSerializer.Deserialize<SpooledFaxHeader>(File.ReadAllBytes(headerPath), Json);
            if (header is not null)
            {
                faxes.Add(new SpooledFax(header, entry));
            }
        }

        return faxes.OrderBy(fax => fax.Header.ReceivedAt).ToList();
    }

    /// <summary>The core has it: forget it.</summary>
    public void Delete(SpooledFax fax)
    {
        ArgumentNullException.ThrowIfNull(fax);
        var done = fax.Directory + DoneSuffix;
        System.IO.Directory.Move(fax.Directory, done);
        TryDelete(done);
    }

    /// <summary>The core will never take it as it is: keep it aside for an operator.</summary>
    public void Reject(SpooledFax fax)
    {
        ArgumentNullException.ThrowIfNull(fax);
        var rejected = System.IO.Directory.CreateDirectory(Path.Combine(directory, "rejected"));
        System.IO.Directory.Move(fax.Directory, Path.Combine(rejected.FullName, Path.GetFileName(fax.Directory)));
    }

    private static void WriteDurably(string path, ReadOnlySpan<byte> content)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        file.Write(content);
        file.Flush(flushToDisk: true);
    }

    private static void TryDelete(string path)
    {
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Next scan.
        }
    }
}
