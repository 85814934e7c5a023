using Kyoto.Accounting.Cli.Infrastructure;

namespace Kyoto.Accounting.Cli;

/// <summary>The entry point of the <c>kyoto</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code: 0 ok, 1 a rule failure or rejection, 2 bad input.</returns>
    public static int Main(string[] args) => KyotoCli.Run(args, CliIo.FromConsole());
}
