using Groupus.Domain.Common;

namespace Groupus.Domain.Partners;

/// <summary>
/// A third-party reseller or distributor in our programme, under an agreement whose reference is unique. Its e-mail,
/// phone and address are personal data of the reseller contact (the privacy notice's reseller/distribution programme).
/// </summary>
public sealed class Reseller : AggregateRoot
{
    public const string ErasedName = "Erased reseller contact";

    private Reseller()
    {
    }

    [PersonalData(PersonalDataCategory.Identification)]
    public string Name { get; private set; } = "";

    public ResellerKind Kind { get; private set; }

    public PostalAddress Address { get; private set; } = null!;

    /// <summary>Normalised (trimmed, lower case).</summary>
    [PersonalData(PersonalDataCategory.Contact)]
    public string Email { get; private set; } = "";

    /// <summary>E.164.</summary>
    [PersonalData(PersonalDataCategory.Contact)]
    public string Phone { get; private set; } = "";

    /// <summary>Normalised (trimmed, upper case); unique.</summary>
    [NotPersonalData("the reference of the reseller agreement")]
    public string AgreementReference { get; private set; } = "";

    public ResellerStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>The reseller's contact in the privacy register; Guid.Empty until enrolled.</summary>
    public Guid DataSubjectId { get; private set; }

    /// <summary>When the contact's data was erased; the agreement stays, anonymised.</summary>
    public DateTime? ErasedAtUtc { get; private set; }

    public void LinkDataSubject(Guid dataSubjectId) => DataSubjectId = dataSubjectId;

    /// <summary>Anonymises the contact's name, e-mail, phone and address; the agreement and its reference stay. Erasing twice changes nothing.</summary>
    public bool Erase(DateTime nowUtc)
    {
        if (ErasedAtUtc is not null)
        {
            return false;
        }

        Name = ErasedName;
        Email = "";
        Phone = "";
        Address = new PostalAddress("", null, null, "", null, "", Address.CountryCode);
        ErasedAtUtc = nowUtc;
        MarkChanged();
        return true;
    }

    public static Reseller Register(
        string name, ResellerKind kind, PostalAddress address, string email, string phone, string agreementReference, DateTime nowUtc)
    {
        var reseller = new Reseller
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            Kind = kind,
            Address = address,
            Email = email,
            Phone = phone,
            AgreementReference = agreementReference,
            Status = ResellerStatus.Active,
            CreatedAtUtc = nowUtc,
        };
        reseller.Raise(new ResellerRegistered(reseller.Id, nowUtc));
        return reseller;
    }

    public void Update(
        string name, ResellerKind kind, PostalAddress address, string email, string phone, string agreementReference, ResellerStatus status, DateTime nowUtc)
    {
        CheckRule(new ResellerStatusChangeMustBeAllowedRule(Status, status));
        Name = name;
        Kind = kind;
        Address = address;
        Email = email;
        Phone = phone;
        AgreementReference = agreementReference;
        Status = status;
        MarkChanged();
        Raise(new ResellerDetailsChanged(Id, nowUtc));
    }
}
