namespace Groupus.Application.Fax.Gateway.Links;

public enum FaxLineStatus
{
    Idle = 1,
    Busy = 2,
    OutOfService = 3,
}
