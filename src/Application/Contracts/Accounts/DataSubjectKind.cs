namespace Groupus.Contracts.Accounts;

/// <summary>The kinds of person the accounts module holds personal data about.</summary>
public enum DataSubjectKind
{
    CustomerUser = 1,
    Prospect = 2,
    ResellerContact = 3,
}
