using System.Text;
using Groupus.Infrastructure.Fax.Documents;
using Microsoft.Extensions.Options;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>
/// A document's PostScript can reach no file outside its own render folder: not another render's folder (another
/// organisation's document while it renders), not a data directory placed under the same temporary folder, not the
/// system's files. Each attempt is refused with a reason and the target is left as it was.
/// </summary>
public sealed class RenderContainmentTests : IDisposable
{
    private const string OtherDocument = "another organisation's document, rendering right now";
    private const string Database = "the server's database";

    private readonly DocumentRendering _rendering = new();
    private readonly ScratchFolder _dataDirectory = new();
    private readonly string _otherRender;

    public RenderContainmentTests()
    {
        // A render of someone else's document, in progress next to ours under the same root.
        _otherRender = Path.Combine(_rendering.TemporaryDirectory, "other-render");
        Directory.CreateDirectory(_otherRender);
        File.WriteAllText(Path.Combine(_otherRender, "document.ps"), OtherDocument);
        _dataDirectory.Write("groupus.db", Encoding.UTF8.GetBytes(Database));
    }

    private string OtherDocumentPath => Path.Combine(_otherRender, "document.ps");

    private string DatabasePath => _dataDirectory.File("groupus.db");

    [Fact]
    public async Task Reading_another_render_the_data_directory_or_system_files_is_refused()
    {
        // "../other-render/…" is relative to the render's own folder, Ghostscript's working directory; %pipe% runs a command.
        foreach (var target in new[] { OtherDocumentPath, "../other-render/document.ps", DatabasePath, "/etc/passwd", "/proc/self/environ", "%pipe%id" })
        {
            var error = FaxAssert.Refused(await _rendering.RenderAsync(HostilePostScript.Reads(target)), "DOCUMENT_FILE_ACCESS");

            Assert.Contains("read, write, delete or list files on the server", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Writing_outside_the_render_folder_is_refused_and_nothing_is_written()
    {
        var planted = _dataDirectory.File("planted.txt");
        var intoOtherRender = Path.Combine(_otherRender, "pages.tif");

        FaxAssert.Refused(await _rendering.RenderAsync(HostilePostScript.Writes(planted)), "DOCUMENT_FILE_ACCESS");
        FaxAssert.Refused(await _rendering.RenderAsync(HostilePostScript.Writes(intoOtherRender)), "DOCUMENT_FILE_ACCESS");
        FaxAssert.Refused(await _rendering.RenderAsync(HostilePostScript.Writes(OtherDocumentPath)), "DOCUMENT_FILE_ACCESS");

        Assert.False(File.Exists(planted));
        Assert.False(File.Exists(intoOtherRender));
        Assert.Equal(OtherDocument, File.ReadAllText(OtherDocumentPath));
    }

    [Fact]
    public async Task Deleting_or_renaming_outside_the_render_folder_is_refused_and_the_files_stay()
    {
        FaxAssert.Refused(await _rendering.RenderAsync(HostilePostScript.Deletes(DatabasePath)), "DOCUMENT_FILE_ACCESS");
        FaxAssert.Refused(await _rendering.RenderAsync(HostilePostScript.Deletes(OtherDocumentPath)), "DOCUMENT_FILE_ACCESS");
        FaxAssert.Refused(await _rendering.RenderAsync(HostilePostScript.Renames(DatabasePath, DatabasePath + ".gone")), "DOCUMENT_FILE_ACCESS");

        Assert.Equal(Database, File.ReadAllText(DatabasePath));
        Assert.Equal(OtherDocument, File.ReadAllText(OtherDocumentPath));
        Assert.False(File.Exists(DatabasePath + ".gone"));
    }

    [Fact]
    public async Task Listing_another_render_or_the_data_directory_finds_nothing_and_the_fax_is_refused()
    {
        // The program prints a page per name it finds: with nothing found there is no page to fax.
        foreach (var directory in new[] { _otherRender, _dataDirectory.Path })
        {
            var error = FaxAssert.Refused(await _rendering.RenderAsync(HostilePostScript.Lists(directory)), "DOCUMENT_MALFORMED");

            Assert.Contains("no pages", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Listing_the_render_root_finds_only_the_documents_own_files()
    {
        // The root holds this render's folder and the other render's: only this render's input can be seen.
        var rendered = await _rendering.RenderSuccessfullyAsync(HostilePostScript.Lists(_rendering.TemporaryDirectory));

        Assert.Equal(1, rendered.PageCount);
    }

    [Fact]
    public void A_shared_render_directory_gets_an_owner_only_folder_of_the_process_inside_it()
    {
        using var shared = new ScratchFolder();
        File.SetUnixFileMode(shared.Path, (UnixFileMode)0b111_111_111);

        string root;
        using (var renderRoot = new RenderRoot(Options.Create(new FaxRenderingOptions { TemporaryDirectory = shared.Path })))
        {
            root = renderRoot.Path;
            using var workspace = renderRoot.CreateWorkspace();

            Assert.Equal(shared.Path, Path.GetDirectoryName(root));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(root));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(workspace.Path));
        }

        Assert.False(Directory.Exists(root));
    }

    public void Dispose()
    {
        _dataDirectory.Dispose();
        _rendering.Dispose();
    }
}
