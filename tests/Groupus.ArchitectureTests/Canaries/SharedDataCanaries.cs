using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Canaries;

/// <summary>The raw SQL and shared-kernel rules, run over planted crossings, fail and name exactly what was planted.</summary>
public sealed class SharedDataCanaries
{
    private const string RawSqlPath = "tests/Groupus.ArchitectureTests/Canaries/Planted/Source/CanaryRawSqlAcrossModules.cs";
    private const string KernelSqlPath = "tests/Groupus.ArchitectureTests/Canaries/Planted/Source/CanaryKernelSql.cs";

    private const string PartnersSqlPath = "tests/Groupus.ArchitectureTests/Canaries/Planted/Source/CanaryPartnersSql.cs";
    private const string IdentitySqlPath = "tests/Groupus.ArchitectureTests/Canaries/Planted/Source/CanaryIdentitySql.cs";
    private const string CustomersSqlPath = "tests/Groupus.ArchitectureTests/Canaries/Planted/Source/CanaryCustomersSql.cs";
    private const string NumberingSqlPath = "tests/Groupus.ArchitectureTests/Canaries/Planted/Source/CanaryNumberingSql.cs";

    private static SourceFile[] Planted => [RepositorySources.Read(RawSqlPath), RepositorySources.Read(KernelSqlPath)];

    [Theory]
    [InlineData("Identity", "line 10 names the table accounts_staff")]
    [InlineData("Fax", "line 11 names the table fax_jobs")]
    [InlineData("Privacy", "line 14 names the table privacy_requests")]
    [InlineData("Customers", "line 18 names the table Accounts_Organisations")]
    [InlineData("Identity", "line 20 names the table IDENTITY_OUTBOX")]
    public void Module_sql_naming_another_modules_table_is_caught_with_its_line(string otherModule, string reason) =>
        Reports(RawSqlTableRule.Check(Planted, "Visitors", otherModule), RawSqlPath, reason);

    [Fact]
    public void Own_tables_comments_character_literals_error_codes_and_lookalikes_are_spared()
    {
        var identity = RawSqlTableRule.Check(Planted, "Visitors", "Identity");

        Assert.Equal([RawSqlPath], identity.Checked);
        Assert.Equal(2, identity.Violations.Count);
        Assert.Single(RawSqlTableRule.Check(Planted, "Visitors", "Customers").Violations);
        Assert.Empty(RawSqlTableRule.Check(Planted, "Visitors", "Communications").Violations);
    }

    [Fact]
    public void Table_kept_by_a_carved_out_module_belongs_to_it_and_not_to_the_module_it_left()
    {
        SourceFile[] planted = [RepositorySources.Read(PartnersSqlPath), RepositorySources.Read(IdentitySqlPath)];

        Reports(RawSqlTableRule.Check(planted, "Identity", "Partners"), IdentitySqlPath, "line 6 names the table accounts_resellers");
        Reports(RawSqlTableRule.Check(planted, "Partners", "Identity"), PartnersSqlPath, "line 7 names the table accounts_staff");
        Assert.Single(RawSqlTableRule.Check(planted, "Identity", "Partners").Violations);
        Assert.Single(RawSqlTableRule.Check(planted, "Partners", "Identity").Violations);
    }

    [Fact]
    public void Numbers_table_kept_by_numbering_belongs_to_it_and_not_to_identity()
    {
        SourceFile[] planted = [RepositorySources.Read(NumberingSqlPath), RepositorySources.Read(IdentitySqlPath)];

        Reports(RawSqlTableRule.Check(planted, "Identity", "Numbering"), IdentitySqlPath, "line 8 names the table accounts_phone_numbers");
        Reports(RawSqlTableRule.Check(planted, "Numbering", "Customers"), NumberingSqlPath, "line 7 names the table accounts_organisations");
        Assert.Single(RawSqlTableRule.Check(planted, "Identity", "Numbering").Violations);
        Assert.Single(RawSqlTableRule.Check(planted, "Numbering", "Customers").Violations);
    }

    [Fact]
    public void Tables_kept_by_identity_and_customers_belong_each_to_its_own_module()
    {
        SourceFile[] planted = [RepositorySources.Read(IdentitySqlPath), RepositorySources.Read(CustomersSqlPath)];

        Reports(RawSqlTableRule.Check(planted, "Identity", "Customers"), IdentitySqlPath, "line 9 names the table accounts_organisations");
        Reports(RawSqlTableRule.Check(planted, "Customers", "Identity"), CustomersSqlPath, "line 7 names the table accounts_customer_users");
        Assert.Single(RawSqlTableRule.Check(planted, "Identity", "Customers").Violations);
        Assert.Single(RawSqlTableRule.Check(planted, "Customers", "Identity").Violations);
    }

    [Fact]
    public void Shared_kernel_sql_naming_a_module_table_is_caught() =>
        Reports(RawSqlTableRule.CheckSharedKernels(Planted, "Visitors"), KernelSqlPath, "line 6 names the table visitors_visits");

    [Fact]
    public void Kernel_helper_wrapping_a_module_context_is_caught() =>
        FailsNaming(SharedKernelRule.Check([GroupusAssemblies.Canaries], "Identity"), "Groupus.Infrastructure.Persistence.Canaries.CanaryKernelHelperWrappingAModuleContext");

    [Fact]
    public void Composition_root_reading_a_module_context_is_caught_and_mapping_its_edge_is_not()
    {
        var result = SharedKernelRule.Check([GroupusAssemblies.Canaries], "Visitors");

        FailsNaming(result, "Groupus.Api.Hosting.Canaries.CanaryRootReadingAModuleContext");
        Assert.Contains("Groupus.Api.Hosting.Canaries.CanaryRootMappingAModuleEdge", result.Checked);
        Assert.Contains("Groupus.Infrastructure.Persistence.Canaries.CanaryKernelUsingAnotherKernel", result.Checked);
    }
}
