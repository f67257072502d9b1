using Groupus.Cli.Errors;

namespace Groupus.Cli.Commands.Fax;

/// <summary>The file a download is saved to. An existing file is never replaced unless the user said so.</summary>
internal sealed record DownloadTarget(string Path, string Shown, bool Replace)
{
    public static DownloadTarget Choose(string? given, string defaultName, bool replace)
    {
        var shown = string.IsNullOrWhiteSpace(given) ? defaultName : given;
        if (IsUnsafeName(shown))
        {
            throw CliFailure.Usage($"'{shown}' is not a file name.");
        }

        var path = System.IO.Path.GetFullPath(shown);
        if (Directory.Exists(path))
        {
            throw CliFailure.Usage($"{shown} is a folder; give the name of the file to save.");
        }

        if (!Directory.Exists(System.IO.Path.GetDirectoryName(path)))
        {
            throw CliFailure.Usage($"The folder of {shown} does not exist.");
        }

        if (File.Exists(path) && !replace)
        {
            throw CliFailure.Usage($"{shown} already exists; add --force to replace it, or choose another name with --file.");
        }

        return new DownloadTarget(path, shown, replace);
    }

    private static bool IsUnsafeName(string name) =>
        name.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0 || name.EndsWith(System.IO.Path.DirectorySeparatorChar);
}
