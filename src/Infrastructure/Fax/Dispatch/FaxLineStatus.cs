namespace Groupus.Infrastructure.Fax.Dispatch;

public enum FaxLineStatus
{
    Idle = 1,
    Busy = 2,
    OutOfService = 3,
}
