using Groupus.Application.Fax.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Groupus.Infrastructure.Fax.Documents;

/// <summary>Document rendering for the fax module. Needs the Debian packages ghostscript, fonts-dejavu-core and libfontconfig1.</summary>
public static class FaxDocumentsModule
{
    public static IServiceCollection AddFaxDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(FaxDocumentLimits.Section);
        services.Configure<FaxDocumentLimits>(section);
        services.Configure<FaxRenderingOptions>(section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FaxRenderScheduler>();
        services.AddSingleton<RenderRoot>();
        services.AddSingleton<GhostscriptProcess>();
        services.AddSingleton<GhostscriptRenderer>();
        services.AddSingleton<TiffRenderer>();
        services.AddSingleton<RasterImageRenderer>();
        services.AddSingleton<FaxFonts>();
        services.AddSingleton<PlainTextRenderer>();
        services.AddSingleton<CoverPageRenderer>();
        services.AddSingleton<IFaxDocumentRenderer, FaxDocumentRenderer>();
        return services;
    }
}
