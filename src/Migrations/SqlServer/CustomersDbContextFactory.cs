using Groupus.Infrastructure.Customers;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.SqlServer;

public sealed class CustomersDbContextFactory : IDesignTimeDbContextFactory<CustomersDbContext>
{
    public CustomersDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<CustomersDbContext>(DatabaseProvider.SqlServer, CustomersDbContext.ModuleName);
}
