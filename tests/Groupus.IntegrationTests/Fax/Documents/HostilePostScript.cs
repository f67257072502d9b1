using System.Text;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>
/// PostScript a hostile customer might send: each program reaches for a file outside its render folder and, if the
/// file operation is allowed, prints one page (so a successful attack is a rendered fax). The listing program prints
/// one page per name it finds, so a listing that finds nothing renders no page at all.
/// </summary>
public static class HostilePostScript
{
    public static byte[] Reads(string path) =>
        Program($"({Escaped(path)}) (r) file 64 string readstring pop pop\n{Page}");

    public static byte[] Writes(string path) =>
        Program($"({Escaped(path)}) (w) file dup (planted by a fax) writestring closefile\n{Page}");

    public static byte[] Deletes(string path) =>
        Program($"({Escaped(path)}) deletefile\n{Page}");

    public static byte[] Renames(string path, string newPath) =>
        Program($"({Escaped(path)}) ({Escaped(newPath)}) renamefile\n{Page}");

    public static byte[] Lists(string directory) =>
        Program($"0 ({Escaped(Path.Combine(directory, "*"))}) {{ pop 1 add }} 1024 string filenameforall\n{{ {Page} }} repeat\n");

    private const string Page = "/Helvetica findfont 24 scalefont setfont 72 700 moveto (found) show showpage";

    private static byte[] Program(string body) => Encoding.ASCII.GetBytes("%!PS\n" + body);

    private static string Escaped(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
}
