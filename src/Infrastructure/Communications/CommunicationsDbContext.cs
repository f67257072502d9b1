using Groupus.Application.Common.Messaging;
using Groupus.Domain.Communications;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Groupus.Infrastructure.Communications;

public sealed class CommunicationsDbContext(DbContextOptions<CommunicationsDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = "communications";

    public override string Module => ModuleName;

    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.ToTable("communications_notifications");
            notification.HasKey(n => n.Id);
            notification.Property(n => n.Id).ValueGeneratedNever();
            notification.Property(n => n.Subject).HasMaxLength(200);
            notification.Property(n => n.Body).HasMaxLength(2000);
            notification.Property(n => n.Channel).HasConversion<string>().HasMaxLength(16);
            notification.Property(n => n.DeliveryStatus).HasConversion<string>().HasMaxLength(16);
            notification.HasIndex(n => new { n.RecipientStaffId, n.CreatedAtUtc });
        });
    }
}
