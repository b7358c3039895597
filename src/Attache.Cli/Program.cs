using Attache.Cli;

return CliApp.Run(args, CliConsole.System);
