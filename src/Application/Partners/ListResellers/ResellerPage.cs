namespace Groupus.Application.Partners.ListResellers;

public sealed record ResellerPage(IReadOnlyList<ResellerDto> Resellers, string? NextPageToken);
