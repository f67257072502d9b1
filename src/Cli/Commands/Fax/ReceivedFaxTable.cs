using System.Globalization;
using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Fax;

internal static class ReceivedFaxTable
{
    public static IRenderable Of(IReadOnlyCollection<ReceivedFax> faxes, LocalTime time, string whenEmpty) =>
        TableBuilder.Build(faxes, whenEmpty,
            ("Fax", fax => fax.FaxId),
            ("Received", fax => time.Short(fax.ReceivedAt)),
            ("Called number", fax => fax.CalledNumber),
            ("From fax", fax => fax.RemoteId),
            ("Pages", fax => fax.PageCount.ToString(CultureInfo.InvariantCulture)),
            ("Size", fax => fax.SizeBytes.ToString("N0", CultureInfo.InvariantCulture)),
            ("Line", fax => fax.LineId),
            ("Organisation", fax => fax.OrganisationId.Length > 0 ? fax.OrganisationId : "(unrouted)"));

    public static IRenderable Of(ReceivedFax fax, LocalTime time) => Of([fax], time, "");
}
