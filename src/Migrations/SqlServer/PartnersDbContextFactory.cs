using Groupus.Infrastructure.Partners;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.SqlServer;

public sealed class PartnersDbContextFactory : IDesignTimeDbContextFactory<PartnersDbContext>
{
    public PartnersDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<PartnersDbContext>(DatabaseProvider.SqlServer, PartnersDbContext.ModuleName);
}
