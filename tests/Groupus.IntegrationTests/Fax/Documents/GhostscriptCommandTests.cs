using Groupus.Infrastructure.Fax.Documents;

namespace Groupus.IntegrationTests.Fax.Documents;

/// <summary>How Ghostscript is started: nothing inherited from the server's environment, SAFER, and bounded by prlimit.</summary>
public sealed class GhostscriptCommandTests
{
    private const string Folder = "/srv/renders/0123";

    [Fact]
    public void Ghostscript_inherits_no_environment_and_its_temporary_folder_is_the_renders_own()
    {
        // A search path that does not exist: harmless to other tests' Ghostscript runs while it is set.
        var previous = Environment.GetEnvironmentVariable("GS_LIB");
        Environment.SetEnvironmentVariable("GS_LIB", "/nonexistent/groupus-test");
        System.Diagnostics.ProcessStartInfo start;
        try
        {
            start = GhostscriptCommand.For(new FaxRenderingOptions(), Folder, ["-q"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GS_LIB", previous);
        }

        Assert.Equal(["HOME", "LC_ALL", "PATH", "TEMP", "TMP", "TMPDIR"], start.Environment.Keys.Order(StringComparer.Ordinal));
        Assert.All(["TMPDIR", "TEMP", "TMP", "HOME"], name => Assert.Equal(Folder, start.Environment[name]));
        Assert.Equal(Folder, start.WorkingDirectory);
    }

    [Fact]
    public void Ghostscript_runs_under_prlimit_with_the_configured_bounds_and_no_core_dumps()
    {
        var options = new FaxRenderingOptions
        {
            GhostscriptCpuLimit = TimeSpan.FromSeconds(4.2),
            GhostscriptMemoryLimit = 512L * 1024 * 1024,
            GhostscriptFileSizeLimit = 64L * 1024 * 1024,
        };

        var start = GhostscriptCommand.For(options, Folder, ["-q"]);

        Assert.Equal("prlimit", start.FileName);
        Assert.Equal(["--cpu=5", "--as=536870912", "--fsize=67108864", "--core=0", "--", "gs", "-q"], start.ArgumentList);
    }

    [Fact]
    public void Every_run_is_safer_and_may_read_only_its_document_and_write_only_its_output()
    {
        var arguments = GhostscriptCommand.Contained($"{Folder}/document.ps", $"{Folder}/pages.tif");

        Assert.Contains("-dSAFER", arguments);
        Assert.DoesNotContain(arguments, argument => argument.Contains("NOSAFER", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(
            [$"--permit-file-read={Folder}/document.ps", $"--permit-file-write={Folder}/pages.tif"],
            arguments.Where(argument => argument.StartsWith("--permit", StringComparison.Ordinal)));
    }
}
