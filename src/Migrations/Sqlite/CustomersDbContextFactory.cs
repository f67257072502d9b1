using Groupus.Infrastructure.Customers;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.Sqlite;

public sealed class CustomersDbContextFactory : IDesignTimeDbContextFactory<CustomersDbContext>
{
    public CustomersDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<CustomersDbContext>(DatabaseProvider.Sqlite, CustomersDbContext.ModuleName);
}
