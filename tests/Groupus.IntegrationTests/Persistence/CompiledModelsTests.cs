using Groupus.Infrastructure.Communications;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.Subjects;
using Groupus.Infrastructure.Visitors;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.IntegrationTests.Persistence;

/// <summary>
/// Each module context's compiled model (scripts/compiled-models.sh) must be the model its configuration builds, for
/// both providers: compared through EF's model differ (as the pending-model check compares the migrations' snapshot),
/// and on what the sealing hooks read from it. A context without one must have a reason: query filters.
/// </summary>
public sealed class CompiledModelsTests
{
    public static TheoryData<DatabaseProvider, string> Contexts() => MigrationsTests.Contexts();

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Each_context_without_query_filters_has_a_compiled_model_in_step_with_its_configuration(DatabaseProvider provider, string module)
    {
        using var configured = ModuleContexts.Create(provider, module);
        var compiled = CompiledModels.Find(configured.GetType(), provider);
        var built = configured.Model;
        if (compiled is null)
        {
            Assert.True(
                configured.GetService<IDesignTimeModel>().Model.GetEntityTypes().Any(e => e.GetDeclaredQueryFilters().Count > 0),
                $"{module} on {provider} has no compiled model: run scripts/compiled-models.sh (docs/database.md).");
            return;
        }

        using var fromCompiled = WithModel(module, provider, compiled);
        Assert.False(HaveDifferences(configured, fromCompiled.Model, built), $"{module} on {provider}: the compiled model is out of step; run scripts/compiled-models.sh.");
        Assert.Equal(SealedColumns(built), SealedColumns(fromCompiled.Model));
    }

    [Fact]
    public void Canary_a_compiled_model_of_another_configuration_is_reported_out_of_step()
    {
        using var visitors = ModuleContexts.Create(DatabaseProvider.Sqlite, VisitorsDbContext.ModuleName);
        var communications = CompiledModels.Find(typeof(CommunicationsDbContext), DatabaseProvider.Sqlite)!;
        using var fromCompiled = WithModel(CommunicationsDbContext.ModuleName, DatabaseProvider.Sqlite, communications);

        Assert.True(HaveDifferences(visitors, fromCompiled.Model, visitors.Model));
    }

    [Fact]
    public async Task The_server_uses_the_compiled_models()
    {
        await using var server = await TestServer.StartAsync();
        await using var scope = server.App.Services.CreateAsyncScope();

        var visitors = scope.ServiceProvider.GetRequiredService<VisitorsDbContext>();

        Assert.IsType(CompiledModels.Find(typeof(VisitorsDbContext), DatabaseProvider.Sqlite)!.GetType(), visitors.Model);
    }

    private static DbContext WithModel(string module, DatabaseProvider provider, IModel compiled)
    {
        var connectionString = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Server=(local);Database=Groupus;TrustServerCertificate=True";
        var options = new DbContextOptionsBuilder()
            .UseGroupusDatabase(provider, connectionString, module)
            .UseModel(compiled)
            .Options;
        return new DbContext(options);
    }

    private static bool HaveDifferences(DbContext configured, IModel compiled, IModel built) =>
        configured.GetService<IMigrationsModelDiffer>().HasDifferences(compiled.GetRelationalModel(), built.GetRelationalModel());

    private static string[] SealedColumns(IModel model) =>
        [.. model.GetEntityTypes().SelectMany(SubjectKeyedModel.SealedColumnsOf).Select(c => c.Column).Order(StringComparer.Ordinal)];
}
