namespace Groupus.Contracts.Privacy;

/// <summary>The ways the privacy officer can name a person: the e-mail, E.164 phone, customer user id, name plus company.</summary>
public enum SubjectIdentifierKind
{
    Email = 1,
    Phone = 2,
    CustomerUserId = 3,
    NameAndCompany = 4,
}
