using Groupus.Infrastructure.Numbering;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.Sqlite;

public sealed class NumberingDbContextFactory : IDesignTimeDbContextFactory<NumberingDbContext>
{
    public NumberingDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<NumberingDbContext>(DatabaseProvider.Sqlite, NumberingDbContext.ModuleName);
}
