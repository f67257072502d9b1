using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Time;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Rendering;

internal static class GatewayCredentialTable
{
    public static IRenderable Of(IReadOnlyCollection<GatewayCredential> credentials, LocalTime time) =>
        TableBuilder.Build(credentials, "No gateway credentials.",
            ("Gateway", c => c.Id),
            ("Name", c => c.Name),
            ("Created", c => time.Short(c.CreatedAt)),
            ("Last authenticated", c => time.Short(c.LastAuthenticatedAt)),
            ("Revoked", c => time.Short(c.RevokedAt)));
}
