using Groupus.Api.Grpc.Mapping;
using Resellers = Groupus.Domain.Partners;
using Proto = Groupus.Api.Grpc.Accounts.V1;

namespace Groupus.Api.Partners;

/// <summary>Every proto enum of the partners services and the enum it stands for, paired by hand (never by number).</summary>
internal static class PartnersEnumMaps
{
    public static readonly EnumMap<Proto.ResellerKind, Resellers.ResellerKind> ResellerKind = new(
        (Proto.ResellerKind.Reseller, Resellers.ResellerKind.Reseller),
        (Proto.ResellerKind.Distributor, Resellers.ResellerKind.Distributor));

    public static readonly EnumMap<Proto.ResellerStatus, Resellers.ResellerStatus> ResellerStatus = new(
        (Proto.ResellerStatus.Active, Resellers.ResellerStatus.Active),
        (Proto.ResellerStatus.Suspended, Resellers.ResellerStatus.Suspended),
        (Proto.ResellerStatus.Terminated, Resellers.ResellerStatus.Terminated));
}
