namespace Groupus.Application.Privacy.DownloadExport;

public sealed record ExportFile(string FileName, byte[] Bytes, string Sha256);
