using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using Attache.Cli.Commands;
using Attache.Knowledge;
using Attache.Models;

namespace Attache.Cli;

/// <summary>The <c>attache</c> command: parses the verb and its flags and runs it.</summary>
internal static class CliApp
{
    public const string CommandName = "attache";

    public static int Run(string[] args, CliConsole console)
    {
        // Every command writes results through this guard, so a failed write names standard output and stops the run.
        console = console with { Out = new StandardOutputStream(console.Out) };
        // Named as the installed tool is called, not after this assembly (a RootCommand takes the executable's name: Attache.Cli).
        var root = new Command(CommandName, "Attache: officials, titles, places and events from news about international affairs.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(AuditCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(console));
        root.Subcommands.Add(EvaluateCommand.Create(console));
        root.Subcommands.Add(TrainCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(ConvertCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"attache: {error.Message}");
            }

            PrintUsage(root, parsed.CommandResult, console);
            return ExitCodes.Usage;
        }

        try
        {
            var code = parsed.Invoke(new InvocationConfiguration { Output = console.Error, Error = console.Error, EnableDefaultExceptionHandler = false });
            console.Out.Flush();
            return code;
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"attache: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (KnowledgeFileException e) when (e.Errors.Count > 0)
        {
            // Every error of every knowledge file, one a line as compilers print them (editors jump to
            // file:line), so a user fixes them all in one pass; bad input, not a crash: no stack trace.
            foreach (var error in e.Errors)
            {
                console.Error.WriteLine(error.ToString());
            }

            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ModelFormatException or KnowledgeFileException)
        {
            // A file that cannot be read or written, a models folder, knowledge file or language folder that cannot be used, or a
            // standard output that cannot take the results is bad input, not a crash: name it and exit 1.
            console.Error.WriteLine($"attache: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>The help of the command the arguments reached (its usage line, arguments and options), on standard error.</summary>
    private static void PrintUsage(Command root, CommandResult reached, CliConsole console)
    {
        var path = new List<string>();
        for (SymbolResult? result = reached; result is CommandResult command && command.Command != root; result = result.Parent)
        {
            path.Insert(0, command.Command.Name);
        }

        console.Error.WriteLine();
        root.Parse([.. path, "--help"]).Invoke(new InvocationConfiguration { Output = console.Error, Error = console.Error });
    }
}
