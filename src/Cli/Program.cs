using Groupus.Cli;

return await CliApp.RunAsync(args, CliEnvironment.FromProcess());
