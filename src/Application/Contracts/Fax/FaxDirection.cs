namespace Groupus.Contracts.Fax;

public enum FaxDirection
{
    Sent = 1,
    Received = 2,
}
