using Groupus.Api.Grpc.Fax.V1;
using Groupus.Cli.Connection;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;
using Spectre.Console.Rendering;

namespace Groupus.Cli.Commands.Fax;

/// <summary>Pages of received faxes (an organisation's or the unrouted ones): read one or all, and shown as a table.</summary>
internal static class ReceivedFaxPages
{
    public static Task<ListReceivedFaxesResponse> ReadAsync(Func<Task<ListReceivedFaxesResponse>> fetch, Action<string> useToken, bool allPages) =>
        PageFollower.ReadAsync(
            fetch,
            page => page.NextPageToken,
            useToken,
            (all, page) =>
            {
                all.Faxes.AddRange(page.Faxes);
                all.NextPageToken = page.NextPageToken;
            },
            allPages);

    public static IRenderable[] ForPeople(ListReceivedFaxesResponse faxes, LocalTime time, string whenEmpty) =>
        faxes.NextPageToken.Length == 0
            ? [ReceivedFaxTable.Of(faxes.Faxes, time, whenEmpty)]
            :
            [
                ReceivedFaxTable.Of(faxes.Faxes, time, "No faxes on this page."),
                Say.Line($"More faxes follow: add --all, or --page-token {faxes.NextPageToken} for the next page."),
            ];
}
