using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Application.Common.Contact;

namespace Groupus.Api.Grpc.Mapping;

/// <summary>Postal addresses between the proto and the application, for every accounts message that carries one.</summary>
public static class AddressMapping
{
    public static PostalAddress ToProto(this Domain.Common.PostalAddress address) => new()
    {
        Line1 = address.Line1,
        Line2 = address.Line2 ?? "",
        Line3 = address.Line3 ?? "",
        Town = address.Town,
        County = address.County ?? "",
        Postcode = address.Postcode,
        CountryCode = address.CountryCode,
    };

    public static AddressInput? ToInput(this PostalAddress? address) => address is null
        ? null
        : new AddressInput(address.Line1.OrNull(), address.Line2.OrNull(), address.Line3.OrNull(), address.Town.OrNull(),
            address.County.OrNull(), address.Postcode.OrNull(), address.CountryCode.OrNull());
}
