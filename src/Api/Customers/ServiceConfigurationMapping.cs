using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Customers.ServiceConfiguration;
using DomainFlag = Groupus.Domain.Customers.ServiceConfiguration.FeatureFlag;
using DomainProduct = Groupus.Domain.Customers.ServiceConfiguration.ProductSelection;

namespace Groupus.Api.Customers;

public static class ServiceConfigurationMapping
{
    public static ServiceConfiguration ToProto(this ServiceConfigurationDto configuration) => new()
    {
        OrganisationId = configuration.OrganisationId.ToString(),
        Version = configuration.Version,
        Products = { configuration.Products.Select(p => new ProductSelection { ProductCode = p.ProductCode, Seats = p.Seats }) },
        FeatureFlags = { configuration.FeatureFlags.Select(f => new FeatureFlag { Name = f.Name, Enabled = f.Enabled }) },
        SavedById = configuration.SavedById.ToString(),
        SavedByUsername = configuration.SavedByUsername,
        SavedAt = configuration.SavedAtUtc.ToTimestamp(),
    };

    public static IReadOnlyList<DomainProduct> ToDomain(this IEnumerable<ProductSelection> products) =>
        products.Select(p => new DomainProduct(p.ProductCode, p.Seats)).ToList();

    public static IReadOnlyList<DomainFlag> ToDomain(this IEnumerable<FeatureFlag> flags) =>
        flags.Select(f => new DomainFlag(f.Name, f.Enabled)).ToList();
}
