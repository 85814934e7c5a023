using System;
using System.IO;
using System.Threading;
using Spectre.Console;

namespace Kyoto.Accounting.Cli.Infrastructure;

/// <summary>
/// Where a run of the tool writes: standard output (a Spectre console for tables and progress, and the same stream as
/// plain text for CSV and JSON), standard error, and the directory relative paths resolve against. Tests pass their own.
/// </summary>
internal sealed class CliIo
{
    private static readonly AsyncLocal<CliIo?> CurrentIo = new();

    internal CliIo(IAnsiConsole console, TextWriter output, TextWriter error, string workingDirectory, bool showProgress)
    {
        Console = console;
        Output = output;
        Error = error;
        WorkingDirectory = workingDirectory;
        ShowProgress = showProgress;
    }

    /// <summary>Gets the console for tables and progress bars (standard output).</summary>
    internal IAnsiConsole Console { get; }

    /// <summary>Gets standard output as plain text (CSV, JSON).</summary>
    internal TextWriter Output { get; }

    /// <summary>Gets standard error.</summary>
    internal TextWriter Error { get; }

    /// <summary>Gets the directory relative paths are resolved against and reports are written to.</summary>
    internal string WorkingDirectory { get; }

    /// <summary>Gets whether progress bars are drawn (an interactive terminal only, never into redirected output).</summary>
    internal bool ShowProgress { get; }

    /// <summary>Gets the I/O of the run in progress.</summary>
    internal static CliIo Current => CurrentIo.Value ?? throw new InvalidOperationException("Bug in kyoto: no run in progress.");

    /// <summary>Creates the I/O of the process: the real console, standard output and error, the current directory.</summary>
    /// <returns>The I/O.</returns>
    internal static CliIo FromConsole()
    {
        IAnsiConsole console = AnsiConsole.Console;
        if (System.Console.IsOutputRedirected)
        {
            // Redirected output has no width; a wide table is better than one wrapped into 80 columns.
            console.Profile.Width = 240;
        }

        return new CliIo(console, System.Console.Out, System.Console.Error, Directory.GetCurrentDirectory(), !System.Console.IsErrorRedirected && !System.Console.IsOutputRedirected);
    }

    /// <summary>Creates I/O that writes into strings (for tests and embedding).</summary>
    /// <param name="output">Receives standard output.</param>
    /// <param name="error">Receives standard error.</param>
    /// <param name="workingDirectory">The working directory.</param>
    /// <returns>The I/O.</returns>
    internal static CliIo ToWriters(StringWriter output, StringWriter error, string workingDirectory)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 240;
        return new CliIo(console, output, error, workingDirectory, showProgress: false);
    }

    /// <summary>Makes this the I/O of the run in progress until the returned scope is disposed.</summary>
    /// <returns>The scope.</returns>
    internal IDisposable Use()
    {
        CliIo? previous = CurrentIo.Value;
        CurrentIo.Value = this;
        return new Scope(() => CurrentIo.Value = previous);
    }

    /// <summary>Resolves a path given on the command line against the working directory.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The full path.</returns>
    internal string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    private sealed class Scope(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
