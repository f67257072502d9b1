using System.Text.Json;
using Groupus.Application.Common.Messaging;
using Groupus.Application.Common.Security;
using Groupus.Domain.Common;
using Groupus.Infrastructure.Messaging;
using Groupus.Infrastructure.Persistence.Subjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Groupus.Infrastructure.Persistence;

/// <summary>
/// The base of every module's DbContext: tables prefixed by the module, UTC timestamps, an application-set
/// concurrency token on aggregates, and an outbox and inbox of its own. Domain events raised by tracked
/// aggregates become outbox rows inside the same SaveChanges, hence the same transaction.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    private readonly IDomainEventMapper[] _mappers;
    private List<IDomainEvent> _savedDomainEvents = [];

    protected ModuleDbContext(DbContextOptions options, IEnumerable<IDomainEventMapper> mappers)
        : base(options)
    {
        _mappers = [.. mappers];
        ChangeTracker.Tracked += KeepOpenedValuesAsOriginal;
    }

    /// <summary>Prefix of this module's tables, e.g. "visitors" gives visitors_visits.</summary>
    public abstract string Module { get; }

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    public string MigrationsHistoryTable => $"__{Module}_migrations";

    /// <summary>Who is asking; set when the context is leased for a scope. Used by tenant query filters.</summary>
    internal ICurrentUser? Caller { get; private set; }

    /// <summary>Seals and opens the personal text of subject-keyed records; null at design time (migrations need no keys).</summary>
    internal SubjectFieldCipher? SubjectCipher { get; private set; }

    /// <summary>
    /// Hands the context to one scope: its caller and cipher. Contexts are pooled (EF Core resets the change tracker,
    /// connection and transaction on return); everything of ours that belongs to a scope is set here, every time.
    /// </summary>
    internal void Lease(ICurrentUser? caller, SubjectFieldCipher? subjectCipher)
    {
        Caller = caller;
        SubjectCipher = subjectCipher;
        _savedDomainEvents = [];
    }

    /// <summary>
    /// The domain events saved since the last call, for the unit of work to hand to their in-process handlers once the
    /// commit succeeded (or to drop when it did not).
    /// </summary>
    internal IReadOnlyList<IDomainEvent> TakeSavedDomainEvents()
    {
        var saved = _savedDomainEvents;
        _savedDomainEvents = [];
        return saved;
    }

    /// <summary>Returns the context to its pool (or disposes it) holding nothing of the scope that used it.</summary>
    public override void Dispose()
    {
        Lease(null, null);
        base.Dispose();
    }

    /// <inheritdoc cref="Dispose"/>
    public override ValueTask DisposeAsync()
    {
        Lease(null, null);
        return base.DisposeAsync();
    }

    /// <summary>
    /// For a customer's user, the only organisation whose rows any query may return (Guid.Empty, matching nothing,
    /// if the token named none); null for staff and the system. Query filters compare against it.
    /// </summary>
    protected Guid? CallerOrganisationFilter => Caller is { Kind: PrincipalKind.Customer } customer ? customer.OrganisationId ?? Guid.Empty : null;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable($"{Module}_outbox");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(200);
            outbox.Property(m => m.LastError).HasMaxLength(200);
            outbox.HasIndex(m => new { m.ProcessedAtUtc, m.OccurredAtUtc });
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable($"{Module}_inbox");
            inbox.HasKey(m => new { m.MessageId, m.Handler });
            inbox.Property(m => m.Handler).HasMaxLength(200);
        });

        ConfigureModule(modelBuilder);
        WidenSealedColumns(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(AggregateRoot).IsAssignableFrom(entity.ClrType))
            {
                modelBuilder.Entity(entity.ClrType).Property(nameof(AggregateRoot.Version)).IsConcurrencyToken();
                modelBuilder.Entity(entity.ClrType).Ignore(nameof(AggregateRoot.DomainEvents));
            }
        }
    }

    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    /// <summary>A column sealed under its subject's key must hold the envelope of the longest value it accepts.</summary>
    private static void WidenSealedColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in SubjectKeyedModel.SealedPropertiesOf(entity).Cast<IMutableProperty>())
            {
                if (property.GetMaxLength() is { } plaintextLength)
                {
                    property.SetMaxLength(SubjectFieldCipher.StoredLength(plaintextLength));
                }
            }
        }
    }

    /// <summary>
    /// A record read by a tracking query keeps the opened plaintext as its original values too, so that saving it
    /// unchanged writes nothing (the values read from the database were envelopes).
    /// </summary>
    private static void KeepOpenedValuesAsOriginal(object? sender, EntityTrackedEventArgs tracked)
    {
        if (!tracked.FromQuery)
        {
            return;
        }

        foreach (var column in SubjectKeyedModel.SealedColumnsOf(tracked.Entry.Metadata))
        {
            var property = tracked.Entry.Property(column.Property);
            if (!Equals(property.OriginalValue, property.CurrentValue))
            {
                property.OriginalValue = property.CurrentValue;
                property.IsModified = false;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().AreUnicode();
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var aggregates = ChangeTracker.Entries<AggregateRoot>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .ToList();
        foreach (var entry in aggregates)
        {
            var version = entry.Property(a => a.Version);
            if (entry.State == EntityState.Modified && !version.IsModified)
            {
                version.CurrentValue = version.OriginalValue + 1;
            }

            // Once tracked as outbox rows the events are part of this save; a retried save must not add them twice.
            WriteToOutbox(entry.Entity.DomainEvents);
            _savedDomainEvents.AddRange(entry.Entity.DomainEvents);
            entry.Entity.ClearDomainEvents();
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void WriteToOutbox(IReadOnlyList<IDomainEvent> domainEvents)
    {
        foreach (var domainEvent in domainEvents)
        {
            foreach (var mapper in _mappers)
            {
                if (mapper.Map(domainEvent) is { } integrationEvent)
                {
                    var type = integrationEvent.GetType();
                    Outbox.Add(new OutboxMessage
                    {
                        Id = Guid.CreateVersion7(),
                        Type = type.FullName!,
                        Payload = JsonSerializer.Serialize(integrationEvent, type),
                        OccurredAtUtc = integrationEvent.OccurredAtUtc,
                    });
                }
            }
        }
    }
}
