using Groupus.Infrastructure.Communications;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.SqlServer;

public sealed class CommunicationsDbContextFactory : IDesignTimeDbContextFactory<CommunicationsDbContext>
{
    public CommunicationsDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<CommunicationsDbContext>(DatabaseProvider.SqlServer, CommunicationsDbContext.ModuleName);
}
