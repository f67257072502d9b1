using Groupus.Application.Common.Messaging;
using Groupus.Domain.Common;
using Groupus.Infrastructure.Persistence;
using Groupus.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Groupus.IntegrationTests.Privacy;

/// <summary>
/// The data map is read from the code: every persisted property that can hold personal data must say, where it is
/// declared, which categories of the notice it holds, or why it holds none.
/// </summary>
public sealed class PersonalDataClassificationTests
{
    public static TheoryData<string> Modules() => [.. ModuleContexts.Modules];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_persisted_text_or_binary_property_is_classified(string module)
    {
        using var context = ModuleContexts.Create(DatabaseProvider.Sqlite, module);

        var properties = PersonalDataModel.Read(context);

        Assert.NotEmpty(properties);
        var unclassified = properties.Where(p => p.IsUnclassified).Select(p => p.ToString()).ToList();
        Assert.True(
            unclassified.Count == 0,
            "Classify these where they are declared, with [PersonalData(...)] or [NotPersonalData(\"why\")]:\n" + string.Join('\n', unclassified));
    }

    [Fact]
    public void Every_module_holds_some_personal_data()
    {
        foreach (var module in ModuleContexts.Modules)
        {
            using var context = ModuleContexts.Create(DatabaseProvider.Sqlite, module);
            Assert.Contains(PersonalDataModel.Read(context), p => p.IsPersonal);
        }
    }

    [Fact]
    public void Owned_types_are_mapped_with_their_owner()
    {
        using var context = ModuleContexts.Create(DatabaseProvider.Sqlite, "customers");

        var billingPostcode = Assert.Single(PersonalDataModel.Read(context), p => p.Entity.Contains("BillingAddress", StringComparison.Ordinal) && p.Property == "Postcode");

        Assert.Equal([PersonalDataCategory.Contact], billingPostcode.Categories);
        Assert.Equal("accounts_organisations", billingPostcode.Table);
    }

    [Fact]
    public void Canary_an_unclassified_string_is_named_with_its_entity()
    {
        var options = (DbContextOptions<CanaryDbContext>)new DbContextOptionsBuilder<CanaryDbContext>()
            .UseGroupusDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:", "canary").Options;
        using var context = new CanaryDbContext(options);

        var unclassified = PersonalDataModel.Read(context).Where(p => p.IsUnclassified).Select(p => p.ToString()).ToList();

        Assert.Equal(["canary: CanaryRow.Nickname"], unclassified);
    }

    private sealed class CanaryDbContext(DbContextOptions<CanaryDbContext> options) : ModuleDbContext(options, Array.Empty<IDomainEventMapper>())
    {
        public override string Module => "canary";

        protected override void ConfigureModule(ModelBuilder modelBuilder) => modelBuilder.Entity<CanaryRow>().ToTable("canary_rows");
    }

    private sealed class CanaryRow
    {
        public int Id { get; set; }

        [PersonalData(PersonalDataCategory.Identification)]
        public string Name { get; set; } = "";

        [NotPersonalData("a code")]
        public string Code { get; set; } = "";

        public string Nickname { get; set; } = "";
    }
}
