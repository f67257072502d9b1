namespace Groupus.Application.Common.Paging;

/// <summary>
/// What a page token is good for: one list read with one set of filters (including, for a customer, the organisation
/// the request was resolved to). A token issued under one scope is refused under any other.
/// </summary>
public sealed class PageScope(string list, params string?[] filters)
{
    public string List { get; } = list;

    public IReadOnlyList<string?> Filters { get; } = filters;
}
