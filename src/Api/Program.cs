using Groupus.Api.Hosting;

if (args.FirstOrDefault() == RotateSigningKeyCommand.Name)
{
    return RotateSigningKeyCommand.Run(args[1..]);
}

await GroupusServer.Build(args).RunAsync();
return 0;
