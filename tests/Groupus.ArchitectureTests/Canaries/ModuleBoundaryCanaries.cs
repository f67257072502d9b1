using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Canaries;

/// <summary>The module boundary rules, run over planted crossings, fail and name exactly what was planted.</summary>
public sealed class ModuleBoundaryCanaries
{
    private static RuleResult Compiled(string module, string otherModule) =>
        ModuleBoundaryRule.Check([GroupusAssemblies.Canaries], module, otherModule);

    [Fact]
    public void Visitors_module_holding_an_identity_entity_is_caught_while_kernel_contracts_and_lookalikes_are_spared() =>
        FailsNaming(Compiled("Visitors", "Identity"), "Groupus.Domain.Visitors.CanaryVisitorHoldingStaffMember");

    [Fact]
    public void Numbering_holding_the_customers_organisation_is_caught_and_its_contract_is_spared()
    {
        var result = Compiled("Numbering", "Customers");

        FailsNaming(result, "Groupus.Domain.Numbering.CanaryNumberAssignedToAnOrganisation");
        Assert.Contains("Groupus.Application.Numbering.CanaryAssignmentReadingTheOrganisationContract", result.Checked);
        Assert.DoesNotContain("Groupus.Application.Numbering.CanaryAssignmentReadingTheOrganisationContract", result.ViolatingSubjects);
    }

    [Fact]
    public void Identity_holding_the_customers_organisation_is_caught_and_the_standing_contract_is_spared()
    {
        var result = Compiled("Identity", "Customers");

        FailsNaming(result, "Groupus.Application.Identity.CanaryCustomerLoginHoldingTheOrganisation");
        Assert.Contains("Groupus.Application.Identity.CanaryCustomerLoginReadingTheOrganisationContract", result.Checked);
        Assert.DoesNotContain("Groupus.Application.Identity.CanaryCustomerLoginReadingTheOrganisationContract", result.ViolatingSubjects);
    }

    [Fact]
    public void Customers_holding_the_identity_staff_member_is_caught_and_the_staff_directory_is_spared()
    {
        var result = Compiled("Customers", "Identity");

        FailsNaming(result, "Groupus.Infrastructure.Customers.CanaryServiceConfigurationReadingTheStaffMember");
        Assert.Contains("Groupus.Infrastructure.Customers.CanaryServiceConfigurationReadingTheStaffDirectory", result.Checked);
        Assert.DoesNotContain("Groupus.Infrastructure.Customers.CanaryServiceConfigurationReadingTheStaffDirectory", result.ViolatingSubjects);
    }

    [Fact]
    public void Communications_module_using_visitors_internals_inside_an_async_method_is_caught() =>
        FailsNaming(Compiled("Communications", "Visitors"), "Groupus.Application.Communications.CanaryNotifierReadingVisitsInAnAsyncMethod");

    [Fact]
    public void Identity_api_using_the_communications_db_context_is_caught() =>
        FailsNaming(Compiled("Identity", "Communications"), "Groupus.Api.Identity.CanaryStaffEndpointReadingNotifications");

    [Fact]
    public void A_namespace_that_only_starts_with_a_module_name_is_not_that_module()
    {
        // Groupus.Domain.IdentityArchive uses the Visitors domain; it must not count as Identity doing so.
        var result = Compiled("Identity", "Visitors");

        Assert.Empty(result.Violations);
        Assert.DoesNotContain("Groupus.Domain.IdentityArchive.CanaryIdentityLookalike", result.Checked);
        Assert.Contains("Groupus.Api.Identity.CanaryStaffEndpointReadingNotifications", result.Checked);
    }

    [Fact]
    public void Compiled_rule_cannot_see_a_borrowed_constant_which_is_why_the_source_rule_exists()
    {
        var result = Compiled("Visitors", "Identity");

        Assert.Contains("Groupus.Application.Visitors.Canaries.CanaryBorrowedConstant", result.Checked);
        Assert.DoesNotContain("Groupus.Application.Visitors.Canaries.CanaryBorrowedConstant", result.ViolatingSubjects);
    }

    [Fact]
    public void Source_rule_catches_a_borrowed_constant_in_the_planted_file() =>
        Reports(
            ModuleSourceBoundaryRule.Check([PlantedSource("CanaryBorrowedConstant.cs")], "Visitors", "Identity"),
            PlantedSourcePath("CanaryBorrowedConstant.cs"),
            "line 2 names Groupus.Domain.Identity");

    [Fact]
    public void Source_rule_ignores_comments_contracts_and_lookalike_namespaces()
    {
        var planted = PlantedSource("CanaryBorrowedConstant.cs");
        var lookalike = new SourceFile(
            "planted/Lookalike.cs",
            "using Groupus.Domain.IdentityArchive;\nnamespace Groupus.Application.Visitors.Lookalike;\n/* Groupus.Infrastructure.Identity */ public sealed class A;\n");

        var communications = ModuleSourceBoundaryRule.Check([planted, lookalike], "Visitors", "Communications");
        var identity = ModuleSourceBoundaryRule.Check([lookalike], "Visitors", "Identity");

        Assert.Equal(2, communications.Checked.Count);
        Assert.Empty(communications.Violations);
        Assert.Single(identity.Checked);
        Assert.Empty(identity.Violations);
    }

    [Fact]
    public void Source_rule_looks_only_at_files_of_the_module() =>
        Assert.Empty(ModuleSourceBoundaryRule.Check([PlantedSource("CanaryBorrowedConstant.cs")], "Identity", "Visitors").Checked);

    [Fact]
    public void Module_list_rule_catches_a_namespace_that_is_no_known_module()
    {
        var result = ModuleListRule.Check([GroupusAssemblies.Canaries], Modules.All);

        Reports(result, "Groupus.Domain.IdentityArchive", "neither a module");
        Reports(result, "Groupus.Domain.Canaries", "neither a module");
        Assert.DoesNotContain("Groupus.Domain.Visitors", result.ViolatingSubjects);
        Assert.DoesNotContain("Groupus.Api.Identity", result.ViolatingSubjects);
        Assert.DoesNotContain("Groupus.Infrastructure.Customers", result.ViolatingSubjects);
    }

    private static string PlantedSourcePath(string file) => $"tests/Groupus.ArchitectureTests/Canaries/Planted/Source/{file}";

    private static SourceFile PlantedSource(string file) => RepositorySources.Read(PlantedSourcePath(file));
}
