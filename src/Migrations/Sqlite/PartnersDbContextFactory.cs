using Groupus.Infrastructure.Partners;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.Sqlite;

public sealed class PartnersDbContextFactory : IDesignTimeDbContextFactory<PartnersDbContext>
{
    public PartnersDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<PartnersDbContext>(DatabaseProvider.Sqlite, PartnersDbContext.ModuleName);
}
