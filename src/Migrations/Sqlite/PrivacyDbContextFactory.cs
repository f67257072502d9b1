using Groupus.Infrastructure.Privacy;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.Sqlite;

public sealed class PrivacyDbContextFactory : IDesignTimeDbContextFactory<PrivacyDbContext>
{
    public PrivacyDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<PrivacyDbContext>(DatabaseProvider.Sqlite, PrivacyDbContext.ModuleName);
}
