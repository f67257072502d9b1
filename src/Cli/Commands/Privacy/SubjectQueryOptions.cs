using System.CommandLine;
using Groupus.Api.Grpc.Privacy.V1;
using Groupus.Cli.Errors;

namespace Groupus.Cli.Commands.Privacy;

/// <summary>--email, --phone, --user, --name [--company]: the ways of naming a person; exactly one is needed.</summary>
internal sealed class SubjectQueryOptions(string purpose)
{
    public Option<string> Email { get; } = new("--email") { Description = $"{purpose}: an e-mail address", HelpName = "ADDRESS" };

    public Option<string> Phone { get; } = new("--phone") { Description = $"{purpose}: a phone number in E.164, e.g. +442079460000", HelpName = "E164" };

    public Option<string> User { get; } = new("--user") { Description = $"{purpose}: a customer user id", HelpName = "ID" };

    public Option<string> Name { get; } = new("--name") { Description = $"{purpose}: a person's name (with --company)", HelpName = "NAME" };

    public Option<string> Company { get; } = new("--company") { Description = "The company of --name", HelpName = "COMPANY" };

    public void AddTo(Command command, bool withUserAndName = true)
    {
        command.Options.Add(Email);
        command.Options.Add(Phone);
        if (withUserAndName)
        {
            command.Options.Add(User);
            command.Options.Add(Name);
            command.Options.Add(Company);
        }
    }

    /// <summary>Exactly one way of naming the person, or a usage error.</summary>
    public SubjectQuery ExactlyOne(CommandContext context)
    {
        var query = Read(context);
        var given = new[] { query.Email, query.Phone, query.CustomerUserId, query.Name }.Count(value => value.Length > 0);
        if (given != 1)
        {
            throw CliFailure.Usage("Name the person in exactly one way: --email, --phone, --user, or --name (with --company).");
        }

        if (query.Company.Length > 0 && query.Name.Length == 0)
        {
            throw CliFailure.Usage("--company goes with --name.");
        }

        return query;
    }

    /// <summary>Whatever was given (possibly nothing).</summary>
    public SubjectQuery Read(CommandContext context) => new()
    {
        Email = context.TextOrEmpty(Email).Trim(),
        Phone = context.TextOrEmpty(Phone).Trim(),
        CustomerUserId = context.TextOrEmpty(User).Trim(),
        Name = context.TextOrEmpty(Name).Trim(),
        Company = context.TextOrEmpty(Company).Trim(),
    };
}
