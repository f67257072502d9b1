using Groupus.Cli.Errors;

namespace Groupus.Cli.Commands.Fax;

/// <summary>The document to fax, opened before the server is called, so a missing or unreadable file costs no call.</summary>
internal static class DocumentFile
{
    public static FileStream Open(string path)
    {
        if (Directory.Exists(path))
        {
            throw CliFailure.Usage($"{path} is a folder; give the document to fax.");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw CliFailure.Usage($"{path}: no such file.");
        }
        catch (UnauthorizedAccessException)
        {
            throw CliFailure.Usage($"{path}: permission denied; the document cannot be read.");
        }
        catch (IOException exception)
        {
            throw CliFailure.Usage($"{path} cannot be read: {exception.Message}");
        }
    }
}
