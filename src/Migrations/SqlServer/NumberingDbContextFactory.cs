using Groupus.Infrastructure.Numbering;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.SqlServer;

public sealed class NumberingDbContextFactory : IDesignTimeDbContextFactory<NumberingDbContext>
{
    public NumberingDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<NumberingDbContext>(DatabaseProvider.SqlServer, NumberingDbContext.ModuleName);
}
