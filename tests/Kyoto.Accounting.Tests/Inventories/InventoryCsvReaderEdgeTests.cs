using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Kyoto.Accounting.Inventories;
using Xunit;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// Edges of the streaming CSV tokenizer that mutation testing (Stryker, December 2026) found unchecked: rows longer
/// than the reader's first buffer, line counting inside quoted fields, chunk boundaries in quoted rows and UTF-8
/// sequences, progress positions of a text reader, and the two stream scans behind the parallel read.
/// </summary>
public class InventoryCsvReaderEdgeTests
{
    private const string Header = "party,year,gas,source,mass_t\n";

    public static TheoryData<string> TrickyTexts() => new()
    {
        Header + "\"DEU\",1990,\"CO2\",1.A.1,\"1.5\"\n\"XX\"\"X\",1990,CO2,1.A.1,1\n",
        Header + "DEU,1990,CO2,1.A.1,1\r\n\"D\r\nEU\",1990,CO2,1.A.1,1\r\"AUS\",1990,CO2,LULUCF-D,\"-3\"\r\n",
        Header + "# Grüße, ✓ 😀 ünd\r\nDEU,1990,CO2,1.A.1,2\rXÄX,1990,CO2,1.A.1,1\n",
        "\"party\",year,gas,source,mass_t\r\r\nDEU,1991,CH4,4.A,\"0,5\"\n\"\"\n",
        Header + "DEU,1990,CO2,1.A.1,\"1\n",
        Header + "DEU,1990,CO2,1.A.1,1\r",
        Header + "\"DEU\",1990,CO2,1.A.1,1",
    };

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void AStringAReaderOfOneCharPerReadAndAStreamOfOneBytePerRead_GiveTheSameResult(string text)
    {
        string expected = Describe(InventoryCsv.Parse(text));
        Assert.Equal(expected, Describe(InventoryCsv.Parse(new OneCharPerReadReader(text))));
        using var stream = new OneBytePerReadStream(Encoding.UTF8.GetBytes(text));
        Assert.Equal(expected, Describe(InventoryCsv.Parse(stream)));
        using var withBom = new OneBytePerReadStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());
        Assert.Equal(expected, Describe(InventoryCsv.Parse(withBom)));
    }

    [Fact]
    public void RowsAndCommentsLongerThanTheFirstBuffer_AreReadWhole()
    {
        string longComment = "#" + new string('c', 150_000);
        string longParty = new string('X', 70_000);
        string text = longComment + "\n" + Header + longParty + ",1990,CO2,1.A.1,1\n\"" + longParty + "\",1991,CO2,1.A.1,1\nDEU,1992,CO2,1.A.1,1\n";
        foreach (InventoryParseResult result in new[] { InventoryCsv.Parse(text), InventoryCsv.Parse(new OneCharPerReadReader(text)), InventoryCsv.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text))) })
        {
            Assert.Equal(3, result.RowCount);
            Assert.Equal(new (int, InventoryErrorCode, string?)[] { (3, InventoryErrorCode.UnknownParty, longParty), (4, InventoryErrorCode.UnknownParty, longParty) }, result.Errors.Select(e => (e.Row, e.Code, e.Value)));
        }
    }

    [Theory]
    [InlineData("\n", 4)]
    [InlineData("\r\n", 4)]
    [InlineData("\r", 4)]
    [InlineData("\n\r", 5)]
    [InlineData("\r\r", 5)]
    [InlineData("\n\n\n", 6)]
    public void ALineEndInsideAQuotedField_CountsForTheRowsThatFollow(string inside, int nextRow)
    {
        string text = Header + "\"X" + inside + "Y\",1990,CO2,1.A.1,1\nXXX,1990,CO2,1.A.1,1\n";
        InventoryParseResult result = InventoryCsv.Parse(text);
        Assert.Equal(new[] { 2, nextRow }, result.Errors.Select(e => e.Row));
        Assert.Equal("X" + inside + "Y", result.Errors[0].Value);
    }

    [Fact]
    public void ADoubledQuote_IsOneLiteralQuote_AndAQuoteMayOpenMidField()
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + "\"A\"\"B\",1990,CO2,1.A.1,1\nX\"Y,Z\"W,1990,CO2,1.A.1,1\n\"\"\"\",1990,CO2,1.A.1,1\n");
        Assert.Equal(new string?[] { "A\"B", "XY,ZW", "\"" }, result.Errors.Select(e => e.Value));
    }

    [Fact]
    public void AReaderReportsProgress_InCharacters_AtLeastEveryMebichar_AndOnceAtTheEnd()
    {
        string text = Header + string.Concat(Enumerable.Repeat("DEU,1990,CO2,1.A.1,1.5\n", 150_000));
        var reports = new List<InventoryCsvProgress>();
        InventoryParseResult result = InventoryCsv.Parse(new StringReader(text), new SyncProgress(reports.Add));
        Assert.True(result.Success);
        Assert.True(reports.Count >= 3, "reports: " + reports.Count);
        InventoryCsvProgress last = reports[^1];
        Assert.Equal((150_000L, (long)text.Length, (long?)null), (last.RowsRead, last.Position, last.Length));
        for (int i = 1; i < reports.Count - 1; i++)
        {
            Assert.True(reports[i].Position - reports[i - 1].Position >= 1 << 20, "reports closer than 1 Mi characters");
        }

        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First.Position <= p.Second.Position && p.First.RowsRead <= p.Second.RowsRead));
    }

    [Theory]
    [InlineData("a\nb\nc", 2)]
    [InlineData("a\r\nb\r\n", 2)]
    [InlineData("a\rb\rc\r", 3)]
    [InlineData("", 0)]
    public void CountLines_CountsLineFeeds_OrCarriageReturnsWhenThereAreNone_AndRestoresThePosition(string text, int lines)
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes("zz" + text));
        stream.Position = 2;
        Assert.Equal(lines, InventoryCsvReader.CountLines(stream));
        Assert.Equal(2, stream.Position);
    }

    [Fact]
    public void ContainsQuote_FindsAQuoteBeyondTheFirstMebibyte_AndRestoresThePosition()
    {
        byte[] bytes = new byte[(1 << 20) + 10];
        bytes.AsSpan().Fill((byte)'a');
        using var without = new MemoryStream(bytes);
        without.Position = 3;
        Assert.False(InventoryCsvReader.ContainsQuote(without));
        Assert.Equal(3, without.Position);
        bytes[^2] = (byte)'"';
        using var with = new MemoryStream(bytes);
        with.Position = 3;
        Assert.True(InventoryCsvReader.ContainsQuote(with));
        Assert.Equal(3, with.Position);
    }

    private static string Describe(InventoryParseResult result) =>
        "rows " + result.RowCount + "; success " + result.Success + "; errors " +
        string.Join(" | ", result.Errors.Select(e => $"{e.Row}:{e.Column}:{e.Field}:{e.Value}:{e.Code}")) + "; records " +
        (result.Success ? string.Join(" ", result.Value.GetRecords()) : "-");

    private sealed class SyncProgress(Action<InventoryCsvProgress> report) : IProgress<InventoryCsvProgress>
    {
        public void Report(InventoryCsvProgress value) => report(value);
    }

    private sealed class OneBytePerReadStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);
    }

    private sealed class OneCharPerReadReader(string s) : TextReader
    {
        private int _i;

        public override int Read() => _i < s.Length ? s[_i++] : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (buffer.Length == 0 || _i == s.Length)
            {
                return 0;
            }

            buffer[0] = s[_i++];
            return 1;
        }
    }
}
