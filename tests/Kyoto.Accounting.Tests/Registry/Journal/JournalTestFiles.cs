using System;
using System.IO;

namespace Kyoto.Accounting.Tests.Registry.Journal;

/// <summary>A temporary directory for journal files, deleted on dispose.</summary>
public sealed class JournalTestFiles : IDisposable
{
    public JournalTestFiles()
    {
        Directory = Path.Combine(Path.GetTempPath(), "kyoto-journal-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string NewPath(string name = "registry") => Path.Combine(Directory, name + "-" + Guid.NewGuid().ToString("N") + ".kyj");

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary directory.
        }
    }
}
