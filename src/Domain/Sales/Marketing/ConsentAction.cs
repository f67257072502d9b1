namespace Groupus.Domain.Sales.Marketing;

public enum ConsentAction
{
    Given = 1,
    Withdrawn = 2,
}
