using System.Text.Json;
using Groupus.Cli.Errors;

namespace Groupus.Cli.Credentials;

/// <summary>
/// Keeps the session in <c>&lt;config home&gt;/groupus/credentials.json</c>, readable only by its owner
/// (directory 0700, file 0600, the file written to a fresh temporary file and renamed into place).
/// </summary>
internal sealed class CredentialStore(string configHome)
{
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private string DirectoryPath => Path.Combine(configHome, "groupus");

    public string FilePath => Path.Combine(DirectoryPath, "credentials.json");

    public StoredCredentials? Load()
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(FilePath), CredentialsJsonContext.Default.StoredCredentials)
                ?? throw new JsonException("empty document");
        }
        catch (JsonException)
        {
            throw new CliFailure(ExitCodes.Unauthenticated,
                $"The saved session in {FilePath} cannot be read. Run: groupus login --username <you>");
        }
    }

    public void Save(StoredCredentials credentials)
    {
        CreatePrivateDirectory();
        var temporaryPath = FilePath + ".tmp";
        File.Delete(temporaryPath);
        using (var stream = new FileStream(temporaryPath, PrivateFileOptions()))
        {
            JsonSerializer.Serialize(stream, credentials, CredentialsJsonContext.Default.StoredCredentials);
        }

        File.Move(temporaryPath, FilePath, overwrite: true);
    }

    /// <returns>Whether there was a session to forget.</returns>
    public bool Delete()
    {
        var existed = File.Exists(FilePath);
        File.Delete(FilePath);
        return existed;
    }

    private void CreatePrivateDirectory()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(DirectoryPath);
            return;
        }

        Directory.CreateDirectory(DirectoryPath, OwnerOnlyDirectory);
        File.SetUnixFileMode(DirectoryPath, OwnerOnlyDirectory);
    }

    private static FileStreamOptions PrivateFileOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        return options;
    }
}
