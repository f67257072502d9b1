namespace Groupus.Domain.Common;

/// <summary>
/// The kinds of personal data the privacy notice names; each value cites the notice's words. Every persisted
/// property that can hold personal data carries one or more of these through <see cref="PersonalDataAttribute"/>.
/// </summary>
public enum PersonalDataCategory
{
    /// <summary>"Identification data – such as your name, date of birth."</summary>
    Identification,

    /// <summary>"Contact details – such as business address, telephone/business email address."</summary>
    Contact,

    /// <summary>"Professional details – such as job title/position, affiliated organization, office location."</summary>
    Professional,

    /// <summary>"Financial characteristics – such as your or your organization's account number and bank details"; payment card details.</summary>
    Financial,

    /// <summary>"National identifiers – such as tax ID and VAT number of your organization."</summary>
    NationalIdentifiers,

    /// <summary>"Information relating to your transactional history with us."</summary>
    TransactionalHistory,

    /// <summary>"your username and password for your organization's account".</summary>
    AccountCredentials,

    /// <summary>"recorded calls, messages, and meetings, voicemails, incoming and outgoing faxes ... email and text communications".</summary>
    CommunicationsContent,

    /// <summary>"the phone numbers you dial or provide to our services ... Call Records Data".</summary>
    CommunicationsMetadata,

    /// <summary>"service set-up information, service configurations and settings".</summary>
    ServiceConfiguration,

    /// <summary>"the purpose of your visit if you visit one of our site locations" (visitors give "your name and company").</summary>
    VisitDetails,

    /// <summary>"to subscribe to marketing communications from us"; the right "to opt-out of marketing communications".</summary>
    MarketingPreferences,

    /// <summary>Information "that we collect automatically" when you "interact with us via a digital device".</summary>
    TechnicalUsage,
}
