using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Persistence.Coordination;

internal static class WorkLeaseModel
{
    /// <summary>Gives a module the <c>&lt;module&gt;_work_leases</c> table its singleton jobs coordinate through.</summary>
    public static void AddWorkLeases(this ModelBuilder modelBuilder, string module) =>
        modelBuilder.Entity<WorkLease>(lease =>
        {
            lease.ToTable($"{module}_work_leases");
            lease.HasKey(l => l.Job);
            lease.Property(l => l.Job).HasMaxLength(100);
            lease.Property(l => l.Holder).HasMaxLength(200);
        });
}
