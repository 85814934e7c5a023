using System;
using System.IO;
using Kyoto.Accounting.Cli.Infrastructure;

namespace Kyoto.Accounting.Cli.Tests;

/// <summary>Runs the tool's entry in-process, in a fresh working directory, capturing standard output and error.</summary>
internal sealed class CliRunner : IDisposable
{
    internal CliRunner()
    {
        Directory = Path.Combine(Path.GetTempPath(), "kyoto-cli-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    internal string Directory { get; }

    internal string WriteFile(string name, string text)
    {
        string path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return name;
    }

    internal (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = KyotoCli.Run(args, CliIo.ToWriters(output, error, Directory));
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
