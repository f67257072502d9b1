using Groupus.Application.Common.Contact;
using Groupus.Domain.Sales.Prospects;

namespace Groupus.Application.Sales.Prospects;

/// <summary>Turns validated enquiry fields into what the prospect stores (e-mail lower-cased, phone in E.164, country upper-cased).</summary>
internal static class EnquiryDetails
{
    public static ProspectContact Contact(
        IPhoneNumbers phones, string company, string contactName, string workEmail, string? workPhone, string countryCode, string? industry,
        RevenueBand? revenueBand, int? employeeCount, PurchasingTimeframe? timeframe)
    {
        var country = countryCode.Trim().ToUpperInvariant();
        return new ProspectContact(
            company.Trim(),
            contactName.Trim(),
            ContactRules.NormaliseEmail(workEmail),
            workPhone is null ? null : phones.Normalise(workPhone).E164,
            country,
            string.IsNullOrWhiteSpace(industry) ? null : industry.Trim(),
            revenueBand,
            employeeCount,
            timeframe);
    }
}
