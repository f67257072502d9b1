namespace Groupus.Infrastructure.Persistence;

/// <summary>The module DbContexts a scope has used, so the unit of work commits exactly those.</summary>
internal sealed class EnlistedContexts
{
    private readonly List<ModuleDbContext> _contexts = [];

    public IReadOnlyList<ModuleDbContext> All => _contexts;

    public void Enlist(ModuleDbContext context) => _contexts.Add(context);
}
