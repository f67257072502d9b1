namespace Groupus.Application.Accounts.Resellers.ListResellers;

public sealed record ResellerPage(IReadOnlyList<ResellerDto> Resellers, string? NextPageToken);
