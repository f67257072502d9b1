using Groupus.Infrastructure.Accounts;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Microsoft.EntityFrameworkCore.Design;

namespace Groupus.Migrations.SqlServer;

public sealed class AccountsDbContextFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) =>
        DesignTimeContextFactory.Create<AccountsDbContext>(DatabaseProvider.SqlServer, AccountsDbContext.ModuleName);
}
