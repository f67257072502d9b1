using System.CommandLine;
using Groupus.Cli.Connection;
using Groupus.Cli.Credentials;
using Groupus.Cli.Errors;
using Groupus.Cli.Input;
using Groupus.Cli.Rendering;
using Groupus.Cli.Time;

namespace Groupus.Cli.Commands;

/// <summary>What a running command needs: its arguments, where to write, who is logged in and how to reach the server.</summary>
internal sealed class CommandContext
{
    private readonly CliEnvironment environment;
    private readonly GlobalOptions globals;
    private readonly Lazy<ServerAddress> server;

    public CommandContext(CliEnvironment environment, GlobalOptions globals, LocalTime time, ParseResult parseResult, CancellationToken cancellationToken)
    {
        this.environment = environment;
        this.globals = globals;
        Time = time;
        ParseResult = parseResult;
        CancellationToken = cancellationToken;
        Credentials = new CredentialStore(environment.ConfigHome);
        Output = new OutputWriter(environment, parseResult.GetValue(globals.Output));
        server = new Lazy<ServerAddress>(ResolveServer);
    }

    public ParseResult ParseResult { get; }

    public CancellationToken CancellationToken { get; }

    public CredentialStore Credentials { get; }

    public OutputWriter Output { get; }

    public LocalTime Time { get; }

    /// <summary>--server, else $GROUPUS_SERVER, else the server of the saved session, else the default.</summary>
    public ServerAddress Server => server.Value;

    /// <summary>For error messages: the server if it has been worked out, without risking another failure.</summary>
    public string ServerForMessages => server.IsValueCreated ? server.Value.Text : "(unknown)";

    private TimeSpan Timeout => TimeSpan.FromSeconds(ParseResult.GetValue(globals.TimeoutSeconds));

    /// <summary>The option's value; for required options and options with defaults it is always there.</summary>
    public T Get<T>(Option<T> option) => ParseResult.GetValue(option)!;

    /// <summary>A positional argument's value; required arguments are always there.</summary>
    public T Get<T>(Argument<T> argument) => ParseResult.GetValue(argument)!;

    /// <summary>An optional text option's value, or empty (proto3's "not set") when it was not given.</summary>
    public string TextOrEmpty(Option<string> option) => ParseResult.GetValue(option) ?? string.Empty;

    public PasswordReader Passwords(bool fromStandardInput) => new(environment, fromStandardInput);

    public GroupusClient ConnectAnonymously() => GroupusClient.Anonymous(Server, Timeout, CancellationToken);

    /// <summary>Connects with the saved session's token, refusing before any call when there is no usable session.</summary>
    public GroupusClient ConnectAsStaff()
    {
        var session = RequireSession();
        if (session.Server != Server.Text)
        {
            throw CliFailure.LoggedInElsewhere(session.Server, Server.Text);
        }

        return GroupusClient.WithToken(Server, session.AccessToken, Timeout, CancellationToken);
    }

    public StoredCredentials RequireSession()
    {
        var session = Credentials.Load() ?? throw CliFailure.NotLoggedIn();
        return session.IsExpiredAt(Time.UtcNow) ? throw CliFailure.SessionExpired() : session;
    }

    private ServerAddress ResolveServer()
    {
        if (ParseResult.GetValue(globals.Server) is { } fromOption)
        {
            return fromOption;
        }

        if (environment.ServerFromEnvironment is { } fromEnvironment)
        {
            return ServerAddress.TryParse(fromEnvironment, out var address)
                ? address
                : throw CliFailure.Usage($"GROUPUS_SERVER: {ServerAddress.InvalidMessage(fromEnvironment)}");
        }

        return ServerAddress.TryParse(Credentials.Load()?.Server, out var saved) ? saved : ServerAddress.Default;
    }
}
