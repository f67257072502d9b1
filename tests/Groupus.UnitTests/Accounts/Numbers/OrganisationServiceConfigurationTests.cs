using Groupus.Domain.Customers.ServiceConfiguration;
using Groupus.Domain.Common;

namespace Groupus.UnitTests.Accounts.Numbers;

public sealed class OrganisationServiceConfigurationTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);
    private static readonly ServiceConfigurationDocument Pbx = new([new ProductSelection("hosted-pbx", 10)], [new FeatureFlag("call-recording", true)]);

    [Fact]
    public void Each_save_is_the_next_version_with_who_and_when()
    {
        var configuration = OrganisationServiceConfiguration.StartFor(Guid.NewGuid());
        var staff = Guid.NewGuid();

        var first = configuration.Save(Pbx, 0, staff, "sam", Now);
        var second = configuration.Save(Pbx with { Products = [new ProductSelection("hosted-pbx", 12)] }, 1, staff, "sam", Now.AddHours(1));

        Assert.Equal((1, 2, 2), (first.Number, second.Number, configuration.CurrentVersion));
        Assert.Equal(("sam", Now.AddHours(1)), (second.SavedByUsername, second.SavedAtUtc));
        Assert.Equal(12, Assert.Single(second.Document.Products).Seats);
        Assert.Equal(2, configuration.DomainEvents.OfType<ServiceConfigurationSaved>().Count());
    }

    [Fact]
    public void A_save_from_a_stale_version_breaks_a_rule_and_keeps_the_current_version()
    {
        var configuration = OrganisationServiceConfiguration.StartFor(Guid.NewGuid());
        configuration.Save(Pbx, 0, Guid.NewGuid(), "sam", Now);
        configuration.Save(Pbx, 1, Guid.NewGuid(), "sam", Now);

        var broken = Assert.Throws<BusinessRuleBrokenException>(() => configuration.Save(Pbx, 1, Guid.NewGuid(), "bill", Now));

        Assert.Equal("SERVICE_CONFIGURATION_VERSION_STALE", broken.Rule.Code);
        Assert.Equal(2, configuration.CurrentVersion);
    }

    [Fact]
    public void Documents_with_the_same_products_and_flags_are_equal()
    {
        var copy = new ServiceConfigurationDocument([new ProductSelection("hosted-pbx", 10)], [new FeatureFlag("call-recording", true)]);

        Assert.Equal(Pbx, copy);
        Assert.NotEqual(Pbx, copy with { FeatureFlags = [] });
    }
}
