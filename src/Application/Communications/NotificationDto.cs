using Groupus.Domain.Communications;

namespace Groupus.Application.Communications;

public sealed record NotificationDto(Guid Id, string Subject, string Body, DateTime CreatedAtUtc, NotificationChannel Channel, DeliveryStatus DeliveryStatus);
