using Groupus.Domain.Common;

namespace Groupus.Domain.Customers;

/// <summary>A customer business. Billing and installation addresses are kept apart: invoices go to one, service to the other.</summary>
public sealed class Organisation : AggregateRoot
{
    private Organisation()
    {
    }

    [PersonalData(PersonalDataCategory.Professional)]
    public string LegalName { get; private set; } = "";

    /// <summary>Companies House number, where the customer is a registered company.</summary>
    [PersonalData(PersonalDataCategory.NationalIdentifiers)]
    public string? CompanyNumber { get; private set; }

    public PostalAddress? BillingAddress { get; private set; }

    public PostalAddress? InstallationAddress { get; private set; }

    public OrganisationStatus Status { get; private set; }

    [PersonalData(PersonalDataCategory.TransactionalHistory)]
    public string? StatusReason { get; private set; }

    [PersonalData(PersonalDataCategory.Professional)]
    public string? Industry { get; private set; }

    [PersonalData(PersonalDataCategory.Professional)]
    public string? SizeBand { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public static Organisation Register(string legalName, string? companyNumber, string? industry, string? sizeBand, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        LegalName = legalName,
        CompanyNumber = companyNumber,
        Industry = industry,
        SizeBand = sizeBand,
        Status = OrganisationStatus.Prospect,
        CreatedAtUtc = nowUtc,
    };

    public void UpdateDetails(string legalName, string? companyNumber, string? industry, string? sizeBand)
    {
        LegalName = legalName;
        CompanyNumber = companyNumber;
        Industry = industry;
        SizeBand = sizeBand;
        MarkChanged();
    }

    public void ChangeAddresses(PostalAddress? billing, PostalAddress? installation)
    {
        BillingAddress = billing ?? BillingAddress;
        InstallationAddress = installation ?? InstallationAddress;
        MarkChanged();
    }

    public void ChangeStatus(OrganisationStatus status, string? reason)
    {
        CheckRule(new OrganisationStatusChangeMustBeAllowedRule(Status, status));
        if (status == OrganisationStatus.Active)
        {
            CheckRule(new ActiveOrganisationNeedsBothAddressesRule(BillingAddress, InstallationAddress));
        }

        Status = status;
        StatusReason = reason;
        MarkChanged();
    }
}
