using Groupus.Infrastructure.Communications;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.Sqlite;

public sealed class CommunicationsDbContextFactory : IDesignTimeDbContextFactory<CommunicationsDbContext>
{
    public CommunicationsDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<CommunicationsDbContext>(DatabaseProvider.Sqlite, CommunicationsDbContext.ModuleName);
}
