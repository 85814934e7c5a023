using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Inventories;
using Xunit;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// The two-partition read of a file (<c>InventoryCsv.ParseFile</c> on a large file) gives exactly the one-pass
/// result: records in order, row count, every error's row, column, field, value and code — for every split point,
/// including a split searched from just after the CR of a CRLF.
/// </summary>
public class InventoryCsvParallelTests
{
    private static readonly string[] Lines =
    {
        "DEU,1990,CO2,1.A.1,5",
        "HUN,1991,CH4,4.A,0.5",
        "AUS,1990,CO2,LULUCF-D,-3",
        "DEU,1991,CH4,4.A,bad",
        "XXX,1990,CO2,1.A.1,1",
        "DEU,1800,CO2,1.A.1,1",
        "DEU,1990,CO2",
        "# a comment, with a comma",
        "",
        "JPN,2008,SF6,2.F,1.000001",
        "DEU,1990,CO2,1.A.1,-1",
    };

    private static readonly string[] Ends = { "\n", "\r\n", "\r" };

    [Property(MaxTest = 40)]
    public void EverySplit_GivesTheOnePassResult(int[] picks, bool terminated)
    {
        var text = new StringBuilder(InventoryCsv.Header).Append(Ends[Math.Abs((picks.FirstOrDefault() / 3) % 3)]);
        foreach (int pick in picks)
        {
            text.Append(Lines[Math.Abs(pick % Lines.Length)]).Append(Ends[Math.Abs((pick / Lines.Length) % 3)]);
        }

        if (!terminated)
        {
            text.Append("DEU,1990,CO2,1.A.1,5");
        }

        AssertEverySplitMatches(text.ToString());
    }

    [Theory]
    [InlineData("DEU,1990,CO2,1.A.1,5\r\nDEU,1991,CO2,1.A.1,x\r\nDEU,1992,CO2,1.A.1,7\r\n")]
    [InlineData("DEU,1990,CO2,1.A.1,5\r\rDEU,1991,CO2,1.A.1,x\n\nDEU,1992,CO2,1.A.1,7\r")]
    [InlineData("# c\r\nDEU,1990,CO2,1.A.1,5\r\n# d\rXXX,1991,CO2,1.A.1,1\nDEU,1992,CO2,1.A.1")]
    public void ASplitAfterTheCrOfACrLf_MovesPastTheLf(string rows) =>
        AssertEverySplitMatches(InventoryCsv.Header + "\r\n" + rows);

    [Fact]
    public void AFileWithAQuote_OrAnotherHeader_IsReadInOnePass()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, InventoryCsv.Header + "\nDEU,1990,CO2,1.A.1,5\n\"DEU\",1991,CO2,1.A.1,6\n");
            Assert.Null(InventoryCsvParallel.TryParse(path, 10));
            File.WriteAllText(path, "year,party,gas,source,mass_t\n1990,DEU,CO2,1.A.1,5\n1991,DEU,CO2,1.A.1,6\n");
            Assert.Null(InventoryCsvParallel.TryParse(path, 10));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertEverySplitMatches(string text)
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
            InventoryParseResult expected;
            using (FileStream stream = File.OpenRead(path))
            {
                expected = InventoryCsv.Parse(stream);
            }

            long length = new FileInfo(path).Length;
            int splits = 0;
            for (long from = 0; from < length; from++)
            {
                InventoryParseResult? actual = InventoryCsvParallel.TryParse(path, from);
                if (actual is null)
                {
                    continue;
                }

                splits++;
                Assert.Equal(Describe(expected), Describe(actual));
            }

            Assert.True(length < InventoryCsv.Header.Length + 30 || splits > 0, "no split was tried");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Describe(InventoryParseResult result) =>
        "rows " + result.RowCount + "; success " + result.Success + "; errors " +
        string.Join(" | ", result.Errors.Select(e => $"{e.Row}:{e.Column}:{e.Field}:{e.Value}:{e.Code}:{e.Reason}")) + "; records " +
        (result.Success ? string.Join(" ", result.Value.GetRecords()) : "-");
}
