namespace Groupus.Domain.Sales.Prospects;

/// <summary>How the enquiry reached us: the public website form, or staff writing down a phone call, an event, a referral...</summary>
public enum EnquirySource
{
    WebsiteForm = 1,
    Phone = 2,
    Email = 3,
    Event = 4,
    Referral = 5,
    Other = 6,
}
