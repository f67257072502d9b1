namespace Groupus.Domain.Accounts.Marketing;

public enum ConsentAction
{
    Given = 1,
    Withdrawn = 2,
}
