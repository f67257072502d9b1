using Groupus.Infrastructure.Communications;
using Groupus.Infrastructure.Customers;
using Groupus.Infrastructure.Fax;
using Groupus.Infrastructure.Identity;
using Groupus.Infrastructure.Numbering;
using Groupus.Infrastructure.Partners;
using Groupus.Infrastructure.Persistence;
using Groupus.Infrastructure.Persistence.DesignTime;
using Groupus.Infrastructure.Privacy;
using Groupus.Infrastructure.Sales;
using Groupus.Infrastructure.Visitors;

namespace Groupus.IntegrationTests.Support;

/// <summary>Every module's DbContext, built as `dotnet ef` builds it (no database contacted).</summary>
public static class ModuleContexts
{
    public static readonly string[] Modules =
        [IdentityDbContext.ModuleName, CustomersDbContext.ModuleName, PartnersDbContext.ModuleName, SalesDbContext.ModuleName, NumberingDbContext.ModuleName, VisitorsDbContext.ModuleName, CommunicationsDbContext.ModuleName, FaxDbContext.ModuleName, PrivacyDbContext.ModuleName];

    public static ModuleDbContext Create(DatabaseProvider provider, string module) => module switch
    {
        IdentityDbContext.ModuleName => DesignTimeContextFactory.Create<IdentityDbContext>(provider, module),
        CustomersDbContext.ModuleName => DesignTimeContextFactory.Create<CustomersDbContext>(provider, module),
        PartnersDbContext.ModuleName => DesignTimeContextFactory.Create<PartnersDbContext>(provider, module),
        SalesDbContext.ModuleName => DesignTimeContextFactory.Create<SalesDbContext>(provider, module),
        NumberingDbContext.ModuleName => DesignTimeContextFactory.Create<NumberingDbContext>(provider, module),
        VisitorsDbContext.ModuleName => DesignTimeContextFactory.Create<VisitorsDbContext>(provider, module),
        CommunicationsDbContext.ModuleName => DesignTimeContextFactory.Create<CommunicationsDbContext>(provider, module),
        FaxDbContext.ModuleName => DesignTimeContextFactory.Create<FaxDbContext>(provider, module),
        PrivacyDbContext.ModuleName => DesignTimeContextFactory.Create<PrivacyDbContext>(provider, module),
        _ => throw new ArgumentOutOfRangeException(nameof(module), module, "Add the module's context here."),
    };
}
