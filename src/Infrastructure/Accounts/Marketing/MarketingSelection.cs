using Groupus.Application.Accounts.Marketing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Groupus.Infrastructure.Accounts.Marketing;

/// <summary>Selecting a campaign's audience and logging sends: their part of the accounts model and their services.</summary>
internal static class MarketingSelection
{
    public static void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ApplyConfiguration(new MarketingSendConfiguration());

    public static IServiceCollection AddMarketingSelection(this IServiceCollection services)
    {
        services.AddScoped<IMarketingAudienceSource, MarketingAudienceSource>();
        services.AddScoped<IMarketingSendLog, MarketingSendLog>();
        return services;
    }
}
