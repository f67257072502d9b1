using Groupus.Infrastructure.Privacy;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.SqlServer;

public sealed class PrivacyDbContextFactory : IDesignTimeDbContextFactory<PrivacyDbContext>
{
    public PrivacyDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<PrivacyDbContext>(DatabaseProvider.SqlServer, PrivacyDbContext.ModuleName);
}
