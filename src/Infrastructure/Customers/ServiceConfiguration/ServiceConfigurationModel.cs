using System.Text.Json;
using Groupus.Domain.Customers.ServiceConfiguration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Groupus.Infrastructure.Customers.ServiceConfiguration;

/// <summary>
/// accounts_service_configurations (one head row per organisation: the current version) and
/// accounts_service_configuration_versions (every saved document, as JSON text, with who saved it and when).
/// </summary>
internal static class ServiceConfigurationModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OrganisationServiceConfiguration>(head =>
        {
            head.ToTable("accounts_service_configurations");
            head.HasKey(c => c.Id);
            head.Property(c => c.Id).ValueGeneratedNever();
            head.HasIndex(c => c.OrganisationId).IsUnique();
        });

        modelBuilder.Entity<ServiceConfigurationVersion>(version =>
        {
            version.ToTable("accounts_service_configuration_versions");
            version.HasKey(v => v.Id);
            version.Property(v => v.Id).ValueGeneratedNever();
            version.HasIndex(v => new { v.OrganisationId, v.Number }).IsUnique();
            version.Property(v => v.SavedByUsername).HasMaxLength(64);
            version.Property(v => v.Document)
                .HasColumnName("DocumentJson")
                .HasConversion(
                    document => JsonSerializer.Serialize(document, Json),
                    stored => JsonSerializer.Deserialize<ServiceConfigurationDocument>(stored, Json)!,
                    new ValueComparer<ServiceConfigurationDocument>((a, b) => Equals(a, b), d => d.GetHashCode(), d => d));
        });
    }
}
