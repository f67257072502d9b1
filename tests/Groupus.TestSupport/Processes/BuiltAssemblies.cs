namespace Groupus.TestSupport.Processes;

/// <summary>The core's and the gateway's assemblies built beside the running test assembly's configuration (Debug or Release).</summary>
public static class BuiltAssemblies
{
    public static string Core => Find("Api", "Groupus.Api.dll");

    public static string Gateway => Find("FaxGateway", "Groupus.FaxGateway.dll");

    private static string Find(string project, string assembly)
    {
        // tests/<the test project>/bin/<configuration>/<framework>/
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var repository = testOutput.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(repository, "src", project, "bin", configuration, framework, assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{assembly} is not built; build Groupus.sln first.", path);
    }
}
