using Groupus.Domain.Numbering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Groupus.Infrastructure.Numbering;

/// <summary>accounts_phone_numbers: one row per number we have ever held, unique on the E.164 number.</summary>
internal sealed class PhoneNumberConfiguration : IEntityTypeConfiguration<PhoneNumber>
{
    public void Configure(EntityTypeBuilder<PhoneNumber> number)
    {
        number.ToTable("accounts_phone_numbers");
        number.HasKey(n => n.Id);
        number.Property(n => n.Id).ValueGeneratedNever();
        // E.164 allows at most 15 digits after the plus.
        number.Property(n => n.E164).HasMaxLength(16).IsUnicode(false);
        number.HasIndex(n => n.E164).IsUnique();
        // The list of an organisation's numbers is read in E.164 order, a page after a given number.
        number.HasIndex(n => new { n.OrganisationId, n.E164 });
        number.Property(n => n.Purpose).HasConversion<string>().HasMaxLength(8);
        number.Property(n => n.Status).HasConversion<string>().HasMaxLength(10);
        number.Property(n => n.Label).HasMaxLength(PhoneNumber.MaxLabelLength);
        number.Property(n => n.EmergencyRegistration).HasConversion<string>().HasMaxLength(16);
        number.Property(n => n.EmergencyRegistrationFailureReason).HasMaxLength(500);
        number.OwnsOne(n => n.EmergencyAddress, address =>
        {
            address.Property(a => a.Line1).HasColumnName("EmergencyLine1").HasMaxLength(100);
            address.Property(a => a.Line2).HasColumnName("EmergencyLine2").HasMaxLength(100);
            address.Property(a => a.Line3).HasColumnName("EmergencyLine3").HasMaxLength(100);
            address.Property(a => a.Town).HasColumnName("EmergencyTown").HasMaxLength(60);
            address.Property(a => a.County).HasColumnName("EmergencyCounty").HasMaxLength(60);
            address.Property(a => a.Postcode).HasColumnName("EmergencyPostcode").HasMaxLength(16);
            address.Property(a => a.CountryCode).HasColumnName("EmergencyCountryCode").HasMaxLength(2);
        });
    }
}
