using Groupus.Infrastructure.Sales;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.Sqlite;

public sealed class SalesDbContextFactory : IDesignTimeDbContextFactory<SalesDbContext>
{
    public SalesDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<SalesDbContext>(DatabaseProvider.Sqlite, SalesDbContext.ModuleName);
}
