using Groupus.Application.Privacy.Requests;

namespace Groupus.Application.Privacy.ListRequests;

public sealed record RequestPage(IReadOnlyList<RequestView> Requests, string? NextPageToken);
