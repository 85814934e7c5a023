using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Kyoto.Accounting.Inventories;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryCsvMutationKillSupport;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// The two-partition read at the edges of its split search and header check (mutation testing, Stryker, December
/// 2026): a CR last in the 64 KiB window searched for the split, a window without a line end, a split at the end of
/// the file, first lines that are not exactly the header, and large files through <c>ParseFile</c> with LF and with
/// CR line ends. Whenever a split is made, the result is the one-pass result.
/// </summary>
public class InventoryCsvParallelMutationKillTests
{
    private const int Window = 1 << 16; // the bytes FindSplit reads from its start

    [Fact]
    public void ACrLastInTheSearchWindow_IsNoSplitPoint()
    {
        const int from = 40;
        string head = Header + "#";
        string text = head + new string('x', from + Window - 1 - head.Length) + "\r\nXXX,1990,CO2,1.A.1,1\r\nDEU,1990,CO2,1.A.1,1\r\n";
        Assert.Equal('\r', text[from + Window - 1]);
        WithFile(text, path =>
        {
            InventoryParseResult expected = OnePass(path);
            Assert.Equal(new[] { (3, 1, InventoryErrorCode.UnknownParty, (string?)"XXX") }, Errors(expected));
            for (int f = from - 2; f <= from + 2; f++)
            {
                InventoryParseResult? actual = InventoryCsvParallel.TryParse(path, f);
                Assert.True(actual is null || Describe(actual) == Describe(expected), "split searched from " + f);
            }

            Assert.Null(InventoryCsvParallel.TryParse(path, from));
            Assert.NotNull(InventoryCsvParallel.TryParse(path, from + 1));
        });
    }

    [Fact]
    public void AWindowWithoutLineEnd_OrASplitAtTheEnd_ReadsInOnePass()
    {
        string text = Header + "DEU,1990,CO2,1.A.1,1\n#" + new string('x', Window + 10) + "\nXXX,1990,CO2,1.A.1,1\n";
        WithFile(text, path =>
        {
            Assert.Null(InventoryCsvParallel.TryParse(path, Header.Length + 30));
            Assert.Null(InventoryCsvParallel.TryParse(path, text.Length - 2));
            Assert.Null(InventoryCsvParallel.TryParse(path, text.Length + 5));
            InventoryParseResult? split = InventoryCsvParallel.TryParse(path, Header.Length + 1);
            Assert.NotNull(split);
            Assert.Equal(Describe(OnePass(path)), Describe(split));
            Assert.Equal(new[] { (4, 1, InventoryErrorCode.UnknownParty, (string?)"XXX") }, Errors(split));
        });
    }

    [Theory]
    [InlineData("party,year,gas,source,mass_t,note\nDEU,1990,CO2,1.A.1,1,x\nDEU,1991,CO2,1.A.1,1,x\nDEU,1992,CO2,1.A.1,1,x\n")]
    [InlineData("PARTY,year,gas,source,mass_t\nDEU,1990,CO2,1.A.1,1\nDEU,1991,CO2,1.A.1,1\nDEU,1992,CO2,1.A.1,1\n")]
    [InlineData("party,year,gas,source,mass_\nDEU,1990,CO2,1.A.1,1\nDEU,1991,CO2,1.A.1,1\nDEU,1992,CO2,1.A.1,1\n")]
    [InlineData("\uFEFFparty,year,gas,source,mass_t\nDEU,1990,CO2,1.A.1,1\nDEU,1991,CO2,1.A.1,1\nDEU,1992,CO2,1.A.1,1\n")]
    [InlineData("party,year,gas,source,mass_t")]
    [InlineData("party,year,gas,source")]
    public void AFirstLineOtherThanExactlyTheHeader_ReadsInOnePass(string text) =>
        WithFile(text, path =>
        {
            for (long from = 0; from < text.Length; from += 7)
            {
                Assert.Null(InventoryCsvParallel.TryParse(path, from));
            }
        });

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void AHeaderEndedByCrLfOrCr_MaySplit(string newline)
    {
        string text = (Header + "DEU,1990,CO2,1.A.1,1\nXXX,1991,CO2,1.A.1,2\nDEU,1992,CO2,1.A.1,3\n").Replace("\n", newline, StringComparison.Ordinal);
        WithFile(text, path =>
        {
            InventoryParseResult? split = InventoryCsvParallel.TryParse(path, 40);
            Assert.NotNull(split);
            Assert.Equal(new[] { (3, 1, InventoryErrorCode.UnknownParty, (string?)"XXX") }, Errors(split));
            Assert.Equal(3, split.RowCount);
        });
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void ParseFile_OfAFileOfAMebibyteOrMore_GivesTheOnePassResult(string newline)
    {
        var text = new StringBuilder(Header.Replace("\n", newline, StringComparison.Ordinal));
        int rows = ((int)InventoryCsvParallel.MinimumLength / 20) + 10;
        for (int i = 0; i < rows; i++)
        {
            text.Append(i == 5 || i == rows - 5 ? "XXX" : "DEU").Append(",1990,CO2,1.A.1,").Append(i % 10).Append(newline);
        }

        WithFile(text.ToString(), path =>
        {
            Assert.True(new FileInfo(path).Length >= InventoryCsvParallel.MinimumLength);
            InventoryParseResult expected = OnePass(path);
            Assert.Equal(new[] { 7, rows - 3 }, expected.Errors.Select(e => e.Row));
            Assert.Equal(Describe(expected), Describe(InventoryCsv.ParseFile(path)));
            Assert.Equal(Describe(expected), Describe(InventoryCsvParallel.TryParse(path, null)!));
            var reports = new List<InventoryCsvProgress>();
            Assert.Equal(Describe(expected), Describe(InventoryCsv.ParseFile(path, new SyncProgress(reports.Add))));
            Assert.Equal(new FileInfo(path).Length, reports[^1].Position);
            Assert.Equal(rows, reports[^1].RowsRead);
        });
    }

    private static InventoryParseResult OnePass(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return InventoryCsv.Parse(stream);
    }

    private static void WithFile(string text, Action<string> test)
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
            test(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Describe(InventoryParseResult result) =>
        "rows " + result.RowCount + "; success " + result.Success + "; errors " +
        string.Join(" | ", result.Errors.Select(e => $"{e.Row}:{e.Column}:{e.Field}:{e.Value}:{e.Code}")) + "; records " +
        (result.Success ? string.Join(" ", result.Value.GetRecords()) : "-");
}
