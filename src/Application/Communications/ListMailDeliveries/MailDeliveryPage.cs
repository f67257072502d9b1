namespace Groupus.Application.Communications.ListMailDeliveries;

public sealed record MailDeliveryPage(IReadOnlyList<MailDeliveryDto> Deliveries, string? NextPageToken);
