using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Commands.Prospects;

namespace Groupus.Cli.Commands.Resellers;

internal static class ResellerChoices
{
    public static readonly Choice<ResellerKind> Kind = new(new Dictionary<string, ResellerKind>
    {
        ["reseller"] = ResellerKind.Reseller,
        ["distributor"] = ResellerKind.Distributor,
    });

    public static readonly Choice<ResellerStatus> Status = new(new Dictionary<string, ResellerStatus>
    {
        ["active"] = ResellerStatus.Active,
        ["suspended"] = ResellerStatus.Suspended,
        ["terminated"] = ResellerStatus.Terminated,
    });
}
