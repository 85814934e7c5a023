using System.IO;
using System.Linq;
using FsCheck.Xunit;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Testing.Inventories;
using Xunit;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// Line endings, control characters, readers without <c>Peek</c> and truncated files: the breaks found by the
/// reliability audit of the inventory CSV reader (each test failed on the reader before the streaming rewrite).
/// </summary>
public class InventoryCsvLineEndingTests
{
    private const string Header = "party,year,gas,source,mass_t\n";

    [Fact]
    public void ACommentEndedByALoneCr_DoesNotSwallowTheNextRow()
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + "DEU,1990,CO2,1.A.1,5\n# note\rDEU,1991,CO2,1.A.1,7\n");
        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal(2, result.RowCount);
        Assert.Equal(new[] { 1990, 1991 }, result.Value.GetRecords().Select(r => r.Year));
    }

    [Fact]
    public void ALoneCrInsideAField_EndsTheLine_AndNeverJoinsDigits()
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + "DEU,19\r90,CO2,1.A.1,1\r2\n");
        Assert.False(result.Success);
        Assert.All(result.Errors, e => Assert.Equal(InventoryErrorCode.WrongFieldCount, e.Code));
        Assert.Equal(new[] { 2, 3, 4 }, result.Errors.Select(e => e.Row));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void LfCrLfAndLoneCr_AreEachOneLineEnd(string newline)
    {
        string text = ("# c\n" + Header + "DEU,1990,CO2,1.A.1,5\n\n\"AUS\",1990,CO2,LULUCF-D,\"-3\"\nDEU,1991,CH4,4.A,bad\n").Replace("\n", newline, System.StringComparison.Ordinal);
        InventoryParseResult result = InventoryCsv.Parse(text);
        InventoryParseError error = Assert.Single(result.Errors);
        Assert.Equal((6, InventoryErrorCode.InvalidMass), (error.Row, error.Code));
        Assert.Equal(3, result.RowCount);
    }

    [Fact]
    public void ANulAfterTheYear_IsAnInvalidYear()
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + "DEU,1990\0\0,CO2,1.A.1,5\n");
        InventoryParseError error = Assert.Single(result.Errors);
        Assert.Equal(InventoryErrorCode.InvalidYear, error.Code);
        Assert.Equal("year", error.Field);
    }

    [Theory]
    [InlineData("\"DEU\",1990,CO2,1.A.1,\"1\"\"2\"\n")]
    [InlineData("DEU,1990,CO2,1.A.1,1\n# x\r\"DEU\",\"19\"\"90\",CO2,1.A.1,2\r\n")]
    [InlineData("DEU,1990,CO2,1.A.1,\"1\r\n\"\n")]
    public void AReaderWithoutPeek_GivesTheSameResultAsAString(string rows)
    {
        string text = Header + rows;
        InventoryParseResult expected = InventoryCsv.Parse(text);
        InventoryParseResult actual = InventoryCsv.Parse(new ReadOnlyReader(text));
        Assert.Equal(expected.Success, actual.Success);
        Assert.Equal(expected.RowCount, actual.RowCount);
        Assert.Equal(expected.Errors.Select(e => e.ToString()), actual.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ADoubledQuote_ThroughAReaderWithoutPeek_IsALiteralQuote()
    {
        InventoryParseResult result = InventoryCsv.Parse(new ReadOnlyReader(Header + "\"DEU\",1990,CO2,1.A.1,\"1\"\"2\"\n"));
        InventoryParseError error = Assert.Single(result.Errors);
        Assert.Equal((InventoryErrorCode.InvalidMass, "1\"2"), (error.Code, error.Value));
    }

    [Theory]
    [InlineData("DEU,1990,CO2,1.A.1,1203.2")]
    [InlineData("DEU,1990,CO2,1.A.1,")]
    [InlineData("DEU,1990,CO2,1.A")]
    public void AFileCutInItsLastRow_IsReportedAsUnterminated_NotReadAsAChangedValue(string lastRow)
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + "DEU,1990,CO2,1.A.1,5\n" + lastRow);
        Assert.False(result.Success);
        InventoryParseError error = Assert.Single(result.Errors);
        Assert.Equal((3, 0, InventoryErrorCode.UnterminatedRow), (error.Row, error.Column, error.Code));
        Assert.Equal(2, result.RowCount);
    }

    [Fact]
    public void AHeaderWithoutLineEnd_IsUnterminated_AndATrailingCommentOrBlankIsFine()
    {
        Assert.Equal(InventoryErrorCode.UnterminatedRow, Assert.Single(InventoryCsv.Parse("party,year,gas,source,mass_t").Errors).Code);
        Assert.True(InventoryCsv.Parse(Header + "DEU,1990,CO2,1.A.1,5\n# end").Success);
        Assert.True(InventoryCsv.Parse(Header + "DEU,1990,CO2,1.A.1,5\r\n\r\n").Success);
    }

    [Property(Arbitrary = new[] { typeof(InventoryArbitraries) }, MaxTest = 100)]
    public bool EveryLineEndStyle_AndEveryReadPath_GiveTheSameResult(ValidInventoryRow[] rows, byte style)
    {
        string newline = (style % 3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" };
        string text = Header.Replace("\n", newline, System.StringComparison.Ordinal) + string.Concat(rows.Select(r => r.Line + newline));
        InventoryParseResult fromString = InventoryCsv.Parse(text);
        InventoryParseResult fromPeekless = InventoryCsv.Parse(new ReadOnlyReader(text));
        using var stream = new OneBytePerReadStream(System.Text.Encoding.UTF8.GetBytes(text));
        InventoryParseResult fromStream = InventoryCsv.Parse(stream);
        return fromString.Success && fromPeekless.Success && fromStream.Success
            && fromString.Value.GetRecords().SequenceEqual(rows.Select(r => r.Record))
            && fromPeekless.Value.GetRecords().SequenceEqual(rows.Select(r => r.Record))
            && fromStream.Value.GetRecords().SequenceEqual(rows.Select(r => r.Record));
    }

    [Fact]
    public async System.Threading.Tasks.Task ParseFileAsync_ReadsAFile_ReportsProgress_AndHonoursCancellation()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "\uFEFF" + Header + string.Concat(Enumerable.Repeat("DEU,1990,CO2,1.A.1,1.5\n", 100_000)));
            var reports = new System.Collections.Generic.List<InventoryCsvProgress>();
            InventoryParseResult result = await InventoryCsv.ParseFileAsync(path, new SyncProgress(reports.Add), default);
            Assert.True(result.Success, string.Join("; ", result.Errors.Take(3)));
            Assert.Equal(100_000, result.Value.Count);
            Assert.Equal(result.Value.Count, InventoryCsv.ParseFile(path).Value.Count);
            InventoryCsvProgress last = reports[^1];
            Assert.Equal((100_000L, new FileInfo(path).Length), (last.RowsRead, last.Position));
            Assert.Equal(new FileInfo(path).Length, last.Length);
            using var cancelled = new System.Threading.CancellationTokenSource();
            cancelled.Cancel();
            await Assert.ThrowsAnyAsync<System.OperationCanceledException>(() => InventoryCsv.ParseFileAsync(path, null, cancelled.Token));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class SyncProgress(System.Action<InventoryCsvProgress> report) : System.IProgress<InventoryCsvProgress>
    {
        public void Report(InventoryCsvProgress value) => report(value);
    }

    private sealed class OneBytePerReadStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, System.Math.Min(count, 1));

        public override int Read(System.Span<byte> buffer) => base.Read(buffer[..System.Math.Min(buffer.Length, 1)]);
    }

    private sealed class ReadOnlyReader(string s) : TextReader
    {
        private int _i;

        public override int Read() => _i < s.Length ? s[_i++] : -1;
    }
}
