using Groupus.FaxGateway;
using Groupus.FaxGateway.Diagnostics;
using Groupus.FaxGateway.Lines;
using Microsoft.Extensions.Options;

// "probe", "send", "receive" (or --help): a diagnostic command against one modem. Anything else: the service.
if (GatewayCommandLine.IsDiagnosticInvocation(args))
{
    return await GatewayCommandLine.RunAsync(args, Console.Out, Console.Error, new FaxModemDriverFactory(), CancellationToken.None);
}

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddFaxLines(builder.Configuration);
builder.Services.AddHostedService<GatewayWorker>();
using var host = builder.Build();
try
{
    // Read the lines once before starting, so a bad line is one clear message rather than a host failure.
    _ = host.Services.GetRequiredService<IOptions<GatewayLinesOptions>>().Value;
    await host.RunAsync();
    return ExitCodes.Success;
}
catch (OptionsValidationException exception)
{
    foreach (var failure in exception.Failures)
    {
        await Console.Error.WriteLineAsync($"Configuration error: {failure}");
    }

    return ExitCodes.Usage;
}
