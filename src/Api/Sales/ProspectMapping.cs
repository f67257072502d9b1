using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Api.Grpc.Mapping;
using Groupus.Application.Sales.Marketing;
using Groupus.Application.Sales.Prospects;
using Groupus.Application.Sales.Marketing.Unsubscribe;

namespace Groupus.Api.Sales;

public static class ProspectMapping
{
    public static Prospect ToProto(this ProspectDto p) => new()
    {
        Id = p.Id.ToString(),
        Kind = SalesEnumMaps.EnquiryKind.ToProto(p.Kind),
        Source = SalesEnumMaps.EnquirySource.ToProto(p.Source),
        Company = p.Contact.Company,
        ContactName = p.Contact.ContactName,
        WorkEmail = p.Contact.WorkEmail,
        WorkPhone = p.Contact.WorkPhone ?? "",
        CountryCode = p.Contact.CountryCode,
        Industry = p.Contact.Industry ?? "",
        RevenueBand = p.Contact.RevenueBand is { } band ? SalesEnumMaps.RevenueBand.ToProto(band) : RevenueBand.Unspecified,
        EmployeeCount = p.Contact.EmployeeCount ?? 0,
        PurchasingTimeframe = p.Contact.PurchasingTimeframe is { } timeframe
            ? SalesEnumMaps.PurchasingTimeframe.ToProto(timeframe)
            : PurchasingTimeframe.Unspecified,
        Enquiry = p.Enquiry,
        ReceivedAt = p.ReceivedAtUtc.ToTimestamp(),
        EnteredByStaffId = p.EnteredByStaffId?.ToString() ?? "",
        Status = SalesEnumMaps.ProspectStatus.ToProto(p.Status),
        LostReason = p.LostReason ?? "",
        OrganisationId = p.OrganisationId?.ToString() ?? "",
        StatusChangedAt = p.StatusChangedAtUtc.ToTimestamp(),
        FollowUps = { p.FollowUps.Select(f => f.ToProto()) },
        Version = p.Version,
    };

    public static SubmitEnquiryResponse ToProto(this EnquiryReceipt receipt) => new()
    {
        ProspectId = receipt.ProspectId.ToString(),
        ReceivedAt = receipt.ReceivedAtUtc.ToTimestamp(),
    };

    public static MarketingSubscription ToProto(this MarketingSubscriptionDto s) => new()
    {
        Id = s.Id.ToString(),
        Email = s.Email,
        Name = s.Name ?? "",
        Status = SalesEnumMaps.MarketingSubscriptionStatus.ToProto(s.Status),
        CreatedAt = s.CreatedAtUtc.ToTimestamp(),
        StatusChangedAt = s.StatusChangedAtUtc.ToTimestamp(),
        History = { s.History.Select(r => r.ToProto()) },
        UnsubscribeToken = s.UnsubscribeToken,
        Version = s.Version,
    };

    public static SubscribeResponse ToProto(this SubscriptionReceipt receipt) => new() { ConsentRecordedAt = receipt.ConsentRecordedAtUtc.ToTimestamp() };

    public static UnsubscribeResponse ToProto(this UnsubscribeOutcome outcome) => new()
    {
        AlreadyUnsubscribed = outcome.AlreadyUnsubscribed,
        UnsubscribedAt = outcome.UnsubscribedAtUtc.ToTimestamp(),
    };

    private static ProspectFollowUp ToProto(this ProspectFollowUpDto f) => new()
    {
        StaffId = f.StaffId?.ToString() ?? "",
        At = f.AtUtc.ToTimestamp(),
        FromStatus = SalesEnumMaps.ProspectStatus.ToProto(f.FromStatus),
        ToStatus = SalesEnumMaps.ProspectStatus.ToProto(f.ToStatus),
        Note = f.Note ?? "",
    };

    private static ConsentRecord ToProto(this ConsentRecordDto r) => new()
    {
        Id = r.Id.ToString(),
        Action = SalesEnumMaps.ConsentAction.ToProto(r.Action),
        At = r.AtUtc.ToTimestamp(),
        Method = SalesEnumMaps.ConsentMethod.ToProto(r.Method),
        NoticeVersion = r.NoticeVersion ?? "",
        Wording = r.Wording ?? "",
        RecordedByStaffId = r.RecordedByStaffId?.ToString() ?? "",
    };
}
