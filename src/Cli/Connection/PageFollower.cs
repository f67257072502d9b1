using Groupus.Cli.Errors;

namespace Groupus.Cli.Connection;

/// <summary>Reads one page, or follows next_page_token to the end gathering every page into one response.</summary>
internal static class PageFollower
{
    /// <param name="fetch">Reads the page at a token (the request's own token for the first page).</param>
    /// <param name="append">Adds a later page's items to the gathered response and takes over its next-page token.</param>
    public static async Task<TResponse> ReadAsync<TResponse>(
        Func<Task<TResponse>> fetch, Func<TResponse, string> nextToken, Action<string> useToken, Action<TResponse, TResponse> append, bool allPages)
    {
        var result = await fetch();
        var tokensSeen = new HashSet<string>();
        while (allPages && nextToken(result).Length > 0)
        {
            if (!tokensSeen.Add(nextToken(result)))
            {
                throw new CliFailure(ExitCodes.Unexpected, "The server sent the same page token twice; stopped to avoid looping forever.");
            }

            useToken(nextToken(result));
            append(result, await fetch());
        }

        return result;
    }
}
