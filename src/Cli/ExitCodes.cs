namespace Groupus.Cli;

/// <summary>The exit codes scripts can rely on. Documented in docs/cli.md.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Unexpected = 1;
    public const int Usage = 2;
    public const int Unauthenticated = 3;
    public const int PermissionDenied = 4;
    public const int InvalidArgument = 5;
    public const int NotFound = 6;
    public const int Conflict = 7;
    public const int FailedPrecondition = 8;
    public const int Unavailable = 9;
    public const int DeadlineExceeded = 10;

    /// <summary>A fax job that was followed to its end failed (its tries were used up).</summary>
    public const int FaxFailed = 11;

    /// <summary>A fax job that was followed to its end was cancelled.</summary>
    public const int FaxCancelled = 12;

    /// <summary>groupus privacy audit verify found a row edited, removed or out of order.</summary>
    public const int AuditLogBroken = 13;

    /// <summary>RESOURCE_EXHAUSTED: the server is busy (for example every fax render slot is taken); try again shortly.</summary>
    public const int Busy = 14;
    public const int Cancelled = 130;
}
