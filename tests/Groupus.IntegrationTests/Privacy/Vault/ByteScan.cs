using System.Text;

namespace Groupus.IntegrationTests.Privacy.Vault;

/// <summary>Looks for bytes, or for text in UTF-8 or UTF-16 (either byte order), anywhere in files.</summary>
internal static class ByteScan
{
    public static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    public static bool ContainsText(byte[] haystack, string text) =>
        Contains(haystack, Encoding.UTF8.GetBytes(text)) || Contains(haystack, Encoding.Unicode.GetBytes(text)) || Contains(haystack, Encoding.BigEndianUnicode.GetBytes(text));

    /// <summary>Every file under the directories and the named files, with the text found in it.</summary>
    public static IReadOnlyList<string> FindText(IEnumerable<string> paths, IReadOnlyCollection<string> texts)
    {
        var found = new List<string>();
        foreach (var path in paths)
        {
            var files = Directory.Exists(path) ? Directory.GetFiles(path, "*", SearchOption.AllDirectories) : File.Exists(path) ? [path] : [];
            foreach (var file in files)
            {
                var bytes = File.ReadAllBytes(file);
                found.AddRange(texts.Where(t => ContainsText(bytes, t)).Select(t => $"{t} in {file}"));
            }
        }

        return found;
    }
}
