namespace Groupus.IntegrationTests.Privacy.Vault;

/// <summary>A backup as an operator takes one: the database files and the content store, never the subject key vault.</summary>
internal static class DataDirectoryCopy
{
    public static void DatabaseAndContent(string dataDirectory, string backup)
    {
        Directory.CreateDirectory(backup);
        foreach (var file in Directory.GetFiles(dataDirectory, "groupus.db*"))
        {
            File.Copy(file, Path.Combine(backup, Path.GetFileName(file)));
        }

        var content = Path.Combine(dataDirectory, "content");
        if (!Directory.Exists(content))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(backup, "content", Path.GetRelativePath(content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
