using Groupus.Application.Common.Results;

namespace Groupus.Application.Common.Paging;

public static class PageTokenRead
{
    public const string Field = "PageToken";

    public static readonly Error Refused = Error.Invalid(Field, "is not a page token this server gave for this list and these filters");

    /// <summary>The key to start after: none for the first page (no token), or the refusal of a token not read under <paramref name="scope"/>.</summary>
    public static Result<PageKey?> After(this IPageTokens tokens, PageScope scope, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return Result<PageKey?>.Success(null);
        }

        return tokens.TryRead(scope, token, out var last) ? Result<PageKey?>.Success(last) : Refused;
    }
}
