using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Kyoto.Accounting.Tests.Docs;

/// <summary>
/// Keeps code in markdown honest: every <c>```csharp</c> block of a document must appear in a compiled test source,
/// line for line (ignoring indentation and blank lines), and each of its <c>using</c> lines must be in that source.
/// </summary>
internal static class DocSnippets
{
    /// <summary>Gets the repository root (the folder holding Kyoto.Accounting.sln) above the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Reads a repository file by its path relative to the root.</summary>
    public static string[] ReadLines(string relativePath) =>
        File.ReadAllLines(Path.Combine(RepositoryRoot, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>Gets the <c>```csharp</c> blocks of a markdown file, each as its lines.</summary>
    public static IReadOnlyList<string[]> CSharpBlocks(string markdownPath)
    {
        var blocks = new List<string[]>();
        string[] lines = ReadLines(markdownPath);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            int end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
            Assert.True(end > i, markdownPath + ": unterminated ```csharp block at line " + (i + 1));
            blocks.Add(lines[(i + 1)..end]);
            i = end;
        }

        return blocks;
    }

    /// <summary>Asserts that every C# block of the document appears verbatim in the test source file.</summary>
    public static void AssertBlocksAreCompiled(string markdownPath, string testSourcePath, int expectedBlocks)
    {
        IReadOnlyList<string[]> blocks = CSharpBlocks(markdownPath);
        Assert.True(blocks.Count == expectedBlocks, $"{markdownPath} has {blocks.Count} ```csharp block(s); {testSourcePath} expects {expectedBlocks}: add the new block to it");
        string[] source = Normalize(ReadLines(testSourcePath));
        foreach (string[] block in blocks)
        {
            string[] usings = Normalize(block.Where(IsUsing));
            string[] code = Normalize(block.Where(l => !IsUsing(l)));
            foreach (string u in usings)
            {
                Assert.True(source.Contains(u), $"{testSourcePath} lacks '{u}' from {markdownPath}");
            }

            Assert.True(
                IndexOf(source, code) >= 0,
                $"This block of {markdownPath} is not, line for line, in {testSourcePath} (edit both together):{Environment.NewLine}{string.Join(Environment.NewLine, code)}");
        }
    }

    private static bool IsUsing(string line) => line.TrimStart().StartsWith("using ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(';');

    private static string[] Normalize(IEnumerable<string> lines) => lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

    private static int IndexOf(string[] haystack, string[] needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kyoto.Accounting.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kyoto.Accounting.sln not found above " + AppContext.BaseDirectory);
    }
}
