using System;
using System.IO;
using Kyoto.Accounting.Sef;
using Xunit;

namespace Kyoto.Accounting.Tests.Sef;

/// <summary>The shipped XSDs are exactly what the layout writes, so schema and code cannot drift.</summary>
public sealed class SefSchemaFileTests
{
    [Theory]
    [InlineData(1, "sef-1.0.xsd")]
    [InlineData(2, "sef-2.0.xsd")]
    public void Shipped_schema_is_the_one_written_from_the_layout(int number, string file)
    {
        SefFormat format = number == 1 ? SefFormat.First : SefFormat.Second;
        string written = SefSchemaWriter.Write(format);
        if (Environment.GetEnvironmentVariable("KYOTO_WRITE_SEF_XSD") == "1")
        {
            File.WriteAllText(Path.Combine(RepositoryRoot(), "src", "Kyoto.Accounting", "Sef", "Schemas", file), written + "\n");
        }

        Assert.True(
            written + "\n" == SefSchema.GetXsd(format).ReplaceLineEndings("\n"),
            $"src/Kyoto.Accounting/Sef/Schemas/{file} is stale: run 'KYOTO_WRITE_SEF_XSD=1 dotnet test -c Release --filter SefSchemaFileTests' and rebuild.");
    }

    private static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Kyoto.Accounting.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Kyoto.Accounting.sln not found above the test directory.");
    }
}
