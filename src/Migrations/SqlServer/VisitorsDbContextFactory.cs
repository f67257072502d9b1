using Groupus.Infrastructure.Visitors;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.SqlServer;

public sealed class VisitorsDbContextFactory : IDesignTimeDbContextFactory<VisitorsDbContext>
{
    public VisitorsDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<VisitorsDbContext>(DatabaseProvider.SqlServer, VisitorsDbContext.ModuleName);
}
