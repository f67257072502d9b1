namespace Groupus.Domain.Visitors;

/// <summary>The staff member a visitor comes to see, as known when the visit was recorded.</summary>
public sealed record VisitHost(Guid StaffId, string Username, string DisplayName);
