using System.Text;
using Attache.Cli;

namespace Attache.Tests.Cli;

/// <summary>Runs the <c>attache</c> command in-process with captured streams.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Error) Run(string? stdin, params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var console = new CliConsole(() => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty)), output, error);
        var code = CliApp.Run(args, console);
        return (code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
