using System.CommandLine;
using Groupus.Api.Grpc.Auth.V1;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Staff;

internal sealed class CreateStaffCommand : Command
{
    private static readonly string[] KnownRoles = ["admin", "reception", "billing", "fax-operator", "privacy-officer", "support"];

    private readonly Option<string> username = new("--username") { Description = "Username they will log in with", Required = true };
    private readonly Option<string> displayName = new("--name") { Description = "Display name, e.g. \"Priya Shah\"", Required = true };
    private readonly Option<string[]> roles = new("--role")
    {
        Description = $"A role to grant ({string.Join(", ", KnownRoles)}); repeat for several",
        HelpName = "ROLE",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<bool> passwordStdin = PasswordStdinOption.Create("the initial password");

    public CreateStaffCommand(CommandRunner runner)
        : base("create", "Create a staff account (admin only); they must change the initial password at first login")
    {
        roles.AcceptOnlyFromAmong(KnownRoles);
        Options.Add(username);
        Options.Add(displayName);
        Options.Add(roles);
        Options.Add(passwordStdin);
        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var request = new CreateStaffMemberRequest
            {
                Username = context.Get(username),
                DisplayName = context.Get(displayName),
                Roles = { context.Get(roles).Distinct() },
                InitialPassword = context.Passwords(context.Get(passwordStdin)).New("Initial password"),
            };
            var member = await client.Staff.CreateStaffMemberAsync(request);
            context.Output.Show(member,
                Say.Line($"Created {member.Username}. They must change the initial password when they first log in."),
                StaffTable.Of(member));
        });
    }
}
