using Groupus.Application.Common.Behaviours;
using Groupus.Application.Common.Results;

namespace Groupus.Api.Hosting;

public static class MediatorSetup
{
    /// <summary>The pipeline, in order: logging, authorisation, validation, privacy restriction, unit of work.</summary>
    public static IServiceCollection AddGroupusMediator(this IServiceCollection services) =>
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Result)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehaviour<,>),
                typeof(AuthorisationBehaviour<,>),
                typeof(ValidationBehaviour<,>),
                typeof(PrivacyRestrictionBehaviour<,>),
                typeof(UnitOfWorkBehaviour<,>),
            ];
        });
}
