namespace Groupus.Application.Common.Paging;

public static class KeysetPage
{
    /// <summary>
    /// Cuts <paramref name="rows"/>, read with one row more than <paramref name="pageSize"/> (which tells whether another page
    /// exists without counting), to the page and the token for the next.
    /// </summary>
    public static (IReadOnlyList<T> Rows, string? NextPageToken) Cut<T>(
        this IPageTokens tokens, PageScope scope, IReadOnlyList<T> rows, int pageSize, Func<T, PageKey> keyOf)
    {
        if (rows.Count <= pageSize)
        {
            return (rows, null);
        }

        var page = rows.Take(pageSize).ToList();
        return (page, tokens.Issue(scope, keyOf(page[^1])));
    }
}
