using System.Text.RegularExpressions;
using Groupus.Infrastructure.Communications;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Persistence;

/// <summary>
/// Each module context's compiled model (scripts/compiled-models.sh) must be the model its configuration builds, for
/// both providers: the code `dotnet ef dbcontext optimize` generates from the configuration today is the code in the
/// repository (a read-optimised model cannot go through EF's model differ). A context without one must have a reason:
/// query filters, which EF Core cannot compile.
/// </summary>
public sealed partial class CompiledModelsTests
{
    public static TheoryData<DatabaseProvider, string> Contexts() => MigrationsTests.Contexts();

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Each_context_without_query_filters_has_a_compiled_model_in_step_with_its_configuration(DatabaseProvider provider, string module)
    {
        using var configured = ModuleContexts.Create(provider, module);
        var compiled = CompiledModels.Find(configured.GetType(), provider);
        var built = configured.GetService<IDesignTimeModel>().Model;
        if (compiled is null)
        {
            Assert.True(
                built.GetEntityTypes().Any(e => e.GetDeclaredQueryFilters().Count > 0),
                $"{module} on {provider} has no compiled model: run scripts/compiled-models.sh (docs/database.md).");
            return;
        }

        var generated = Generate(configured, built, compiled.GetType().Namespace!);

        Assert.True(
            OutOfStep(CompiledModelDirectory(provider, compiled), generated) is [],
            $"{module} on {provider}: the compiled model is out of step with the configuration; run scripts/compiled-models.sh.");
    }

    [Fact]
    public void Canary_the_other_providers_model_is_reported_out_of_step()
    {
        // The providers' models differ only in column types and their mappings: the comparison must see that.
        using var sqlServer = ModuleContexts.Create(DatabaseProvider.SqlServer, CommunicationsDbContext.ModuleName);
        var sqlite = CompiledModels.Find(typeof(CommunicationsDbContext), DatabaseProvider.Sqlite)!;

        var generated = Generate(sqlServer, sqlServer.GetService<IDesignTimeModel>().Model, sqlite.GetType().Namespace!);

        Assert.NotEmpty(OutOfStep(CompiledModelDirectory(DatabaseProvider.Sqlite, sqlite), generated));
    }

    [Fact]
    public async Task The_server_uses_the_compiled_models()
    {
        await using var server = await TestServer.StartAsync();
        await using var scope = server.App.Services.CreateAsyncScope();

        var visitors = scope.ServiceProvider.GetRequiredService<VisitorsDbContext>();

        Assert.IsType(CompiledModels.Find(typeof(VisitorsDbContext), DatabaseProvider.Sqlite)!.GetType(), visitors.Model);
    }

    /// <summary>The optimiser's code for the model, by file name, as `dotnet ef dbcontext optimize` writes it.</summary>
    private static Dictionary<string, string> Generate(DbContext context, IModel model, string modelNamespace)
    {
        // The services `dotnet ef` itself builds for the context (EF's design-time internals: a test may follow them).
#pragma warning disable EF1001
        var services = new DesignTimeServicesBuilder(context.GetType().Assembly, context.GetType().Assembly, new OperationReporter(null), [])
            .Build(context);
#pragma warning restore EF1001
        var options = new CompiledModelCodeGenerationOptions
        {
            ContextType = context.GetType(),
            ModelNamespace = modelNamespace,
            Language = "C#",
            UseNullableReferenceTypes = true,
        };
        return services.GetRequiredService<ICompiledModelCodeGeneratorSelector>().Select(options)
            .GenerateModel(model, options)
            .ToDictionary(f => f.Path, f => f.Code, StringComparer.Ordinal);
    }

    /// <summary>The files of the directory that differ from (or are missing in, or are not in) the generated code.</summary>
    private static List<string> OutOfStep(string directory, Dictionary<string, string> generated)
    {
        var stored = Directory.GetFiles(directory, "*.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);
        return [.. stored.Keys.Union(generated.Keys)
            .Where(file => !stored.TryGetValue(file, out var code) || !generated.TryGetValue(file, out var fresh) || WithoutModelId(code) != WithoutModelId(fresh))
            .Order(StringComparer.Ordinal)];
    }

    private static string CompiledModelDirectory(DatabaseProvider provider, IModel compiled)
    {
        // Groupus.Migrations.<Provider>.<Module>.CompiledModel, in src/Migrations/<Provider>/<Module>/CompiledModel.
        var module = compiled.GetType().Namespace!.Split('.')[3];
        return Path.Combine(RepositoryRoot(), "src", "Migrations", provider.ToString(), module, "CompiledModel");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Groupus.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("Groupus.sln not found above the test assembly.");
        }

        return directory.FullName;
    }

    private static string WithoutModelId(string code) => ModelId().Replace(code, "modelId: new Guid()").ReplaceLineEndings("\n").TrimStart('\uFEFF');

    [GeneratedRegex("modelId: new Guid\\(\"[0-9a-f-]+\"\\)", RegexOptions.CultureInvariant)]
    private static partial Regex ModelId();
}
