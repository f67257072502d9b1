namespace Groupus.Infrastructure.Persistence.Canaries;

/// <summary>Planted: a shared kernel deleting a module's rows by hand. Must be caught for Visitors.</summary>
public static class CanaryKernelSql
{
    public const string Purge = "DELETE FROM visitors_visits WHERE signed_out_at < $cutoff";
}
