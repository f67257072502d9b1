using FluentValidation;
using Groupus.Application.Common.Validation;

namespace Groupus.Application.Customers.ServiceConfiguration.SaveServiceConfiguration;

public sealed class SaveServiceConfigurationValidator : RequestValidator<SaveServiceConfigurationCommand>
{
    private const string CodePattern = "^[a-z][a-z0-9-]{0,39}$";
    private const string FlagPattern = "^[a-z][a-z0-9._-]{0,63}$";

    public SaveServiceConfigurationValidator()
    {
        RuleFor(c => c.OrganisationId).ValidId();
        RuleFor(c => c.BaseVersion).GreaterThanOrEqualTo(0).WithMessage("must not be negative (0 before the first save)");
        RuleFor(c => c.Products)
            .Must(p => p.Count <= SaveServiceConfigurationCommand.MaxProducts).WithMessage($"must hold at most {SaveServiceConfigurationCommand.MaxProducts} products")
            .Must(p => p.Select(x => x.ProductCode).Distinct(StringComparer.Ordinal).Count() == p.Count).WithMessage("must name each product once");
        // Every bad entry is reported, not just the first.
        RuleForEach(c => c.Products).Cascade(CascadeMode.Continue).ChildRules(product =>
        {
            product.RuleFor(p => p.ProductCode).Matches(CodePattern)
                .WithMessage("must be a product code such as hosted-pbx (lower-case letters, digits and hyphens)");
            product.RuleFor(p => p.Seats).InclusiveBetween(1, SaveServiceConfigurationCommand.MaxSeats)
                .WithMessage($"must be between 1 and {SaveServiceConfigurationCommand.MaxSeats}");
        });
        RuleFor(c => c.FeatureFlags)
            .Must(f => f.Count <= SaveServiceConfigurationCommand.MaxFeatureFlags).WithMessage($"must hold at most {SaveServiceConfigurationCommand.MaxFeatureFlags} flags")
            .Must(f => f.Select(x => x.Name).Distinct(StringComparer.Ordinal).Count() == f.Count).WithMessage("must name each flag once");
        RuleForEach(c => c.FeatureFlags).Cascade(CascadeMode.Continue).ChildRules(flag =>
            flag.RuleFor(f => f.Name).Matches(FlagPattern)
                .WithMessage("must be a flag name such as call-recording (lower-case letters, digits, dots, hyphens, underscores)"));
    }
}
