namespace Groupus.Infrastructure.Visitors.Canaries;

/// <summary>
/// Planted: the Visitors module naming Identity, Customers, Fax and Privacy tables in SQL of four spellings. Its own tables, a
/// comment naming accounts_staff, a quote in a character literal and a lookalike (sub_accounts_total) must not count.
/// </summary>
public static class CanaryRawSqlAcrossModules
{
    public const char Quote = '"';
    public const string Plain = "SELECT id FROM accounts_staff WHERE username = $name";
    public const string Verbatim = @"UPDATE fax_jobs
        SET state = 'cancelled'";
    public const string Raw = """
        DELETE FROM privacy_requests
        """;
    public const string Own = "SELECT COUNT(*) AS sub_accounts_total FROM visitors_visits"; // accounts_staff in a comment

    public static string Interpolated(int limit) => $"SELECT * FROM visitors_visits v JOIN Accounts_Organisations o LIMIT {limit}";
    public const string ErrorCode = "IDENTITY_CODE_WRONG"; // an error code that starts like a module's prefix, not SQL
    public const string Shouted = "SELECT * FROM IDENTITY_OUTBOX";
}
