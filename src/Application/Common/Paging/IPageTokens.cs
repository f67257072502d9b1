namespace Groupus.Application.Common.Paging;

/// <summary>
/// Issues and reads page tokens: opaque to callers and tamper-evident (an edited token, or one used with another list
/// or other filters, is not read).
/// </summary>
public interface IPageTokens
{
    string Issue(PageScope scope, PageKey last);

    bool TryRead(PageScope scope, string token, out PageKey last);
}
