using Groupus.Application.Common.Messaging;
using Groupus.Domain.Communications;
using Groupus.Domain.Communications.Mail;
using Groupus.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Groupus.Infrastructure.Communications;

public sealed class CommunicationsDbContext(DbContextOptions<CommunicationsDbContext> options, IEnumerable<IDomainEventMapper> mappers)
    : ModuleDbContext(options, mappers)
{
    public const string ModuleName = "communications";

    public override string Module => ModuleName;

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OutgoingMessage> OutgoingMessages => Set<OutgoingMessage>();

    public DbSet<MailDelivery> MailDeliveries => Set<MailDelivery>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.ToTable("communications_notifications");
            notification.HasKey(n => n.Id);
            notification.Property(n => n.Id).ValueGeneratedNever();
            notification.Property(n => n.RecipientAddresses)
                .HasConversion(
                    addresses => string.Join('\n', addresses),
                    stored => stored.Split('\n', StringSplitOptions.RemoveEmptyEntries),
                    new ValueComparer<IReadOnlyList<string>>(
                        (a, b) => a!.SequenceEqual(b!),
                        addresses => addresses.Aggregate(0, (hash, address) => HashCode.Combine(hash, address.GetHashCode(StringComparison.Ordinal))),
                        addresses => addresses.ToArray()))
                .HasMaxLength(1000);
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
        modelBuilder.Entity<MailDelivery>(delivery =>
        {
            delivery.ToTable("communications_mail_deliveries");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.Id).ValueGeneratedNever();
            delivery.Property(d => d.Source).HasConversion<string>().HasMaxLength(16);
            delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(24);
            delivery.Property(d => d.MessageIdHeader).HasMaxLength(100);
            delivery.Property(d => d.Version).IsConcurrencyToken();
            delivery.HasIndex(d => new { d.Status, d.NextAttemptAtUtc });
            delivery.HasIndex(d => new { d.CreatedAtUtc, d.Id });
            delivery.HasIndex(d => new { d.Source, d.SourceId }).IsUnique();
            delivery.OwnsMany(d => d.Recipients, recipient =>
            {
                recipient.ToTable("communications_mail_recipients");
                recipient.WithOwner().HasForeignKey("MailDeliveryId");
                recipient.HasKey("MailDeliveryId", nameof(MailRecipient.Position));
                recipient.Property(r => r.Position).ValueGeneratedNever();
                recipient.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
            });
            delivery.Navigation(d => d.Recipients).UsePropertyAccessMode(PropertyAccessMode.Field);
            delivery.OwnsMany(d => d.Attempts, attempt =>
            {
                attempt.ToTable("communications_mail_attempts");
                attempt.WithOwner().HasForeignKey("MailDeliveryId");
                attempt.HasKey("MailDeliveryId", nameof(MailAttempt.Number));
                attempt.Property(a => a.Number).ValueGeneratedNever();
                attempt.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(16);
            });
            delivery.Navigation(d => d.Attempts).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
    }
}
