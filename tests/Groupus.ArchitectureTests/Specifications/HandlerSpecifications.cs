using Groupus.ArchitectureTests.Rules;
using Groupus.ArchitectureTests.Support;
using static Groupus.ArchitectureTests.Support.ArchitectureAssert;

namespace Groupus.ArchitectureTests.Specifications;

/// <summary>Rule 3: handlers, validators, commands and queries. Canaries: <see cref="Canaries.HandlerCanaries"/> and its neighbours.</summary>
public sealed class HandlerSpecifications
{
    [Fact]
    public void Command_and_query_handlers_are_public_sealed_named_handler_and_live_in_the_application_layer() =>
        Holds(
            HandlerRule.Check(GroupusAssemblies.All, GroupusAssemblies.Application),
            "Groupus.Application.Identity.Login.LoginHandler",
            "Groupus.Application.Visitors.SearchVisitHistory.SearchVisitHistoryHandler");

    [Fact]
    public void Validators_are_sealed_named_validator_and_live_beside_what_they_validate() =>
        Holds(
            ValidatorRule.Check(GroupusAssemblies.All),
            "Groupus.Application.Identity.Login.LoginValidator",
            "Groupus.Application.Visitors.SearchVisitHistory.SearchVisitHistoryValidator");

    [Fact]
    public void Commands_and_queries_are_sealed_named_for_what_they_are_and_declare_exactly_one_access_policy() =>
        Holds(
            CommandQueryRule.Check(GroupusAssemblies.All),
            "Groupus.Application.Identity.Login.LoginCommand",
            "Groupus.Application.Identity.EnsureAdminAccount.EnsureAdminAccountCommand",
            "Groupus.Application.Visitors.SearchVisitHistory.SearchVisitHistoryQuery");

    [Fact]
    public void Integration_event_handlers_are_sealed() =>
        Holds(
            IntegrationEventHandlerRule.Check(GroupusAssemblies.All),
            "Groupus.Application.Communications.NotifyHostOfVisitorArrival.NotifyHostOfVisitorArrival");

    [Fact]
    public void Every_command_and_query_has_a_handler() =>
        Holds(UnhandledMessageRule.Check(GroupusAssemblies.All), "Groupus.Application.Identity.ListStaff.ListStaffQuery");
}
