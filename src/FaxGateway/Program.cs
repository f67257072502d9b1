using Groupus.FaxGateway.Diagnostics;
using Groupus.Fax.Modems.Lines;
using Groupus.FaxGateway.Service;
using Groupus.FaxGateway.Sip;
using Groupus.FaxGateway.Telemetry;
using Groupus.Hosting.Defaults;
using Microsoft.Extensions.Options;

// "probe", "send", "receive" (or --help): a diagnostic command against one modem. Anything else: the service.
if (GatewayCommandLine.IsDiagnosticInvocation(args))
{
    return await GatewayCommandLine.RunAsync(args, Console.Out, Console.Error, new FaxModemDriverFactory(), CancellationToken.None);
}

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddFaxLines(builder.Configuration);
builder.Services.AddGatewayService(builder.Configuration);
builder.Services.AddSipLines(builder.Configuration);
builder.Services.AddGroupusTelemetry(builder.Configuration, "groupus-fax-gateway", [GatewayMetrics.MeterName]);
using var host = builder.Build();
try
{
    // Read the settings once before starting, so a bad setting is one clear message rather than a host failure.
    _ = host.Services.GetRequiredService<IOptions<GatewayLinesOptions>>().Value;
    _ = host.Services.GetRequiredService<IOptions<GatewayServiceOptions>>().Value;
    _ = host.Services.GetRequiredService<IOptions<Groupus.Fax.Sip.SipFaxOptions>>().Value;
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
