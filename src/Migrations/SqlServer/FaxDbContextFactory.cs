using Groupus.Infrastructure.Fax;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.SqlServer;

public sealed class FaxDbContextFactory : IDesignTimeDbContextFactory<FaxDbContext>
{
    public FaxDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<FaxDbContext>(DatabaseProvider.SqlServer, FaxDbContext.ModuleName);
}
