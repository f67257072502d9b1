using System.CommandLine;
using Groupus.Api.Grpc.Accounts.V1;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;

namespace Groupus.Cli.Commands.Users;

internal sealed class CreateUserCommand : Command
{
    private readonly Option<string> organisation = new("--org") { Description = "The organisation (customers: leave out for your own)" };
    private readonly Option<string> username = new("--username") { Description = "Username they will log in with", Required = true };
    private readonly Option<string> displayName = new("--name") { Description = "Display name", Required = true };
    private readonly Option<string> email = new("--email") { Description = "Work e-mail", Required = true };
    private readonly Option<string> phone = new("--phone") { Description = "Work phone (national or +international)" };
    private readonly Option<string> role = new("--role") { Description = "owner, admin or member", Required = true };
    private readonly Option<bool> passwordStdin = PasswordStdinOption.Create("the initial password");

    public CreateUserCommand(CommandRunner runner)
        : base("create", "Add a user to a customer organisation; they change the initial password at first login")
    {
        role.AcceptOnlyFromAmong("owner", "admin", "member");
        foreach (var option in new Option[] { organisation, username, displayName, email, phone, role, passwordStdin })
        {
            Options.Add(option);
        }

        runner.SetAction(this, async context =>
        {
            using var client = context.ConnectAsStaff();
            var user = await client.CustomerUsers.CreateCustomerUserAsync(new CreateCustomerUserRequest
            {
                OrganisationId = context.TextOrEmpty(organisation),
                Username = context.Get(username),
                DisplayName = context.Get(displayName),
                WorkEmail = context.Get(email),
                WorkPhone = context.TextOrEmpty(phone),
                Role = context.Get(role),
                InitialPassword = context.Passwords(context.Get(passwordStdin)).New("Initial password"),
            });
            context.Output.Show(user, Say.Line($"Created {user.Username}."), CustomerUserTable.Of(user));
        });
    }
}
