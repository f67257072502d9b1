using Groupus.Infrastructure.Identity;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.Sqlite;

public sealed class IdentityDbContextFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<IdentityDbContext>(DatabaseProvider.Sqlite, IdentityDbContext.ModuleName);
}
