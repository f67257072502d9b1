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

    public DbSet<OutgoingMessage> OutgoingMessages => Set<OutgoingMessage>();

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
        modelBuilder.Entity<OutgoingMessage>(message =>
        {
            message.ToTable("communications_outgoing_messages");
            message.HasKey(m => m.Id);
            message.Property(m => m.Id).ValueGeneratedNever();
            message.Property(m => m.RecipientAddress).HasMaxLength(254);
            message.Property(m => m.Subject).HasMaxLength(200);
            message.Property(m => m.Body).HasMaxLength(4000);
            message.Property(m => m.Channel).HasConversion<string>().HasMaxLength(16);
            message.Property(m => m.DeliveryStatus).HasConversion<string>().HasMaxLength(16);
            message.HasIndex(m => new { m.DeliveryStatus, m.CreatedAtUtc });
            message.HasIndex(m => m.DataSubjectId);
        });
    }
}
