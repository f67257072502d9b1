using Groupus.Domain.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Groupus.Infrastructure.Partners;

internal sealed class ResellerConfiguration : IEntityTypeConfiguration<Reseller>
{
    public void Configure(EntityTypeBuilder<Reseller> reseller)
    {
        reseller.ToTable("accounts_resellers");
        reseller.HasKey(r => r.Id);
        reseller.Property(r => r.Id).ValueGeneratedNever();
        reseller.Property(r => r.Name).HasMaxLength(200);
        reseller.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        reseller.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        reseller.Property(r => r.Email).HasMaxLength(254);
        reseller.Property(r => r.Phone).HasMaxLength(20);
        reseller.Property(r => r.AgreementReference).HasMaxLength(40);
        reseller.HasIndex(r => r.AgreementReference).IsUnique();
        reseller.HasIndex(r => new { r.Name, r.Id });
        reseller.HasIndex(r => r.DataSubjectId);
        reseller.OwnsOne(r => r.Address, address =>
        {
            address.Property(a => a.Line1).HasColumnName("AddressLine1").HasMaxLength(100);
            address.Property(a => a.Line2).HasColumnName("AddressLine2").HasMaxLength(100);
            address.Property(a => a.Line3).HasColumnName("AddressLine3").HasMaxLength(100);
            address.Property(a => a.Town).HasColumnName("AddressTown").HasMaxLength(60);
            address.Property(a => a.County).HasColumnName("AddressCounty").HasMaxLength(60);
            address.Property(a => a.Postcode).HasColumnName("AddressPostcode").HasMaxLength(16);
            address.Property(a => a.CountryCode).HasColumnName("AddressCountryCode").HasMaxLength(2);
        });
        reseller.Navigation(r => r.Address).IsRequired();
    }
}
