using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Kyoto.Accounting.Inventories;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryCsvMutationKillSupport;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// The CSV reader's sources where mutation testing (Stryker, December 2026) found no test: UTF-8 decoding (invalid
/// bytes become U+FFFD and are rejected by the field rules, never an exception; a byte order mark is skipped only at
/// the start of the text, also in the partitions of a parallel read), the async text reader, cancellation checked
/// before every block even when the source ignores the token, progress once per mebibyte exactly, and memory that
/// does not grow with the text.
/// </summary>
public class InventoryCsvStreamMutationKillTests
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    [Fact]
    public async Task InvalidUtf8_BecomesU_FFFD_AndIsRejectedByTheFieldRules_NeverAnException()
    {
        byte[] bytes = Concat(Utf8(Header), Utf8("# bad: "), new byte[] { 0xC3, 0x28 }, Utf8("\nD"), new byte[] { 0xFF }, Utf8("U,1990,CO2,1.A.1,1\nDEU,1990,CO2,1.A.1,2\n# cut: "), new byte[] { 0xE2, 0x82 });
        (int, int, InventoryErrorCode, string?)[] expected = { (3, 1, InventoryErrorCode.UnknownParty, "D\uFFFDU") };
        Assert.Equal(expected, Errors(InventoryCsv.Parse(new MemoryStream(bytes))));
        Assert.Equal(expected, Errors(InventoryCsv.Parse(new ChunkedStream(bytes.Select(b => new[] { b }).ToArray()))));
        Assert.Equal(expected, Errors(await InventoryCsv.ParseAsync(new MemoryStream(bytes), null, CancellationToken.None)));
        Assert.Equal(2, InventoryCsv.Parse(new MemoryStream(bytes)).RowCount);
    }

    [Fact]
    public void AByteOrderMark_IsSkippedAtTheStartOnly_HoweverTheReadsFall()
    {
        byte[] text = Utf8(Header + "DEU,1990,CO2,1.A.1,1\n");
        Assert.True(InventoryCsv.Parse(new MemoryStream(Concat(Bom, text))).Success);
        Assert.True(InventoryCsv.Parse(new ChunkedStream(new byte[] { 0xEF }, new byte[] { 0xBB }, Concat(new byte[] { 0xBF }, text))).Success);
        Assert.True(InventoryCsv.Parse(new ChunkedStream(Bom, text)).Success);

        // U+FEFF after the start is a character of the field (not white space), also when a read starts with it.
        byte[] row = Concat(Bom, Utf8("DEU,1991,CO2,1.A.1,2\n"));
        (int, int, InventoryErrorCode, string?)[] expected = { (3, 1, InventoryErrorCode.UnknownParty, "\uFEFFDEU") };
        Assert.Equal(expected, Errors(InventoryCsv.Parse(new ChunkedStream(text, row))));
        Assert.Equal(expected, Errors(InventoryCsv.Parse(new ChunkedStream(Concat(Bom, text), row))));
        Assert.Equal(expected, Errors(InventoryCsv.Parse(new MemoryStream(Concat(Bom, text, row)))));
        Assert.Equal(
            new[] { (1, 1, InventoryErrorCode.UnknownColumn, (string?)"\uFEFFparty"), (1, 0, InventoryErrorCode.MissingColumn, null), (1, 0, InventoryErrorCode.MissingHeader, null) },
            Errors(InventoryCsv.Parse(new MemoryStream(Concat(Bom, Bom, text)))));
    }

    [Fact]
    public void TheSecondPartitionOfAParallelRead_KeepsAU_FEFFAtItsStart_AndReplacesInvalidBytes()
    {
        byte[] firstPart = Concat(Utf8(Header + "# bad: "), new byte[] { 0xC3, 0x28 }, Utf8("\nDEU,1990,CO2,1.A.1,1\n"));
        byte[] secondPart = Concat(Bom, Utf8("DEU,1991,CO2,1.A.1,2\nD"), new byte[] { 0xFF }, Utf8("U,1992,CO2,1.A.1,3\n# "), new byte[] { 0xFF }, Utf8("\nDEU,1993,CO2,1.A.1,4\n"));
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, Concat(firstPart, secondPart));
            (int, int, InventoryErrorCode, string?)[] expected =
            {
                (4, 1, InventoryErrorCode.UnknownParty, "\uFEFFDEU"),
                (5, 1, InventoryErrorCode.UnknownParty, "D\uFFFDU"),
            };
            using (FileStream stream = File.OpenRead(path))
            {
                Assert.Equal(expected, Errors(InventoryCsv.Parse(stream)));
            }

            // The split is searched from the line feed before the U+FEFF, so the second partition starts with it.
            InventoryParseResult? parallel = InventoryCsvParallel.TryParse(path, firstPart.Length - 1);
            Assert.NotNull(parallel);
            Assert.Equal(expected, Errors(parallel));
            Assert.Equal(4, parallel.RowCount);

            // Without the errors of the second partition, the invalid bytes of both partitions still read as U+FFFD.
            File.WriteAllBytes(path, Concat(firstPart, Utf8("DEU,1991,CO2,1.A.1,2\n# "), new byte[] { 0xFF }, Utf8("\nDEU,1993,CO2,1.A.1,4\n")));
            InventoryParseResult? valid = InventoryCsvParallel.TryParse(path, firstPart.Length - 1);
            Assert.NotNull(valid);
            Assert.True(valid.Success, string.Join("; ", valid.Errors));
            Assert.Equal(new[] { 1990, 1991, 1993 }, valid.Value.GetRecords().Select(r => r.Year));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("\u00FC")]
    [InlineData("\u2713")]
    public void AMultiByteCharacterAtTheEndOfTheFirstCharacterBuffer_IsDecoded(string character) => AssertDecodedAtTheEndOfTheFirstBuffer(character);

    [Fact]
    public void ASurrogatePairAtTheEndOfTheFirstCharacterBuffer_IsDecoded() => AssertDecodedAtTheEndOfTheFirstBuffer("\U0001F600");

    [Fact]
    public async Task ParseAsync_OfATextReader_ReadsTheRecords_AndReportsTheEnd()
    {
        string text = Header + "DEU,1990,CO2,1.A.1,1\nHUN,1991,CH4,4.A,0.5\n";
        var reports = new List<InventoryCsvProgress>();
        InventoryParseResult result = await InventoryCsv.ParseAsync(new StringReader(text), new SyncProgress(reports.Add), CancellationToken.None);
        Assert.Equal(new[] { ("DEU", 1990, 1_000_000L), ("HUN", 1991, 500_000L) }, Records(result));
        Assert.Equal(new[] { new InventoryCsvProgress(2, text.Length, null) }, reports);
        Assert.Equal(new[] { ("DEU", 1990, 1_000_000L) }, Records(await InventoryCsv.ParseAsync(new ChunkedReader(Header, "DEU,", "1990,CO2,1.A.1,1\n"), null, CancellationToken.None)));
    }

    [Fact]
    public async Task Cancellation_IsCheckedBeforeEveryBlock_EvenWhenTheSourceIgnoresTheToken()
    {
        using (var cancelled = new CancellationTokenSource())
        {
            await cancelled.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => InventoryCsv.ParseAsync(new ChunkedReader(Header), null, cancelled.Token));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => InventoryCsv.ParseAsync(new ChunkedStream(Utf8(Header)), null, cancelled.Token));
        }

        using (var cts = new CancellationTokenSource())
        {
            int reads = 0;
            var reader = new ChunkedReader(Header, "DEU,1990,CO2,1.A.1,1\n", "DEU,1991,CO2,1.A.1,1\n") { OnRead = () => { if (++reads == 2) cts.Cancel(); } };
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => InventoryCsv.ParseAsync(reader, null, cts.Token));
            Assert.Equal(2, reads);
        }

        using (var cts = new CancellationTokenSource())
        {
            int reads = 0;
            var stream = new ChunkedStream(Utf8(Header), Utf8("DEU,1990,CO2,1.A.1,1\n"), Utf8("DEU,1991,CO2,1.A.1,1\n")) { OnRead = () => { if (++reads == 2) cts.Cancel(); } };
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => InventoryCsv.ParseAsync(stream, null, cts.Token));
            Assert.Equal(2, reads);
        }
    }

    [Fact]
    public void Progress_OfATextReader_IsReportedAtEachFullMebicharacter_AndAtTheEnd()
    {
        string text = Header + string.Concat(Enumerable.Repeat("DEU,1990,CO2,1.A.1,1.5\n", 120_000));
        var reports = new List<InventoryCsvProgress>();
        InventoryParseResult result = InventoryCsv.Parse(new FixedReadReader(text, 1024), new SyncProgress(reports.Add));
        Assert.True(result.Success);
        Assert.Equal(new long[] { 1 << 20, 2 << 20, text.Length }, reports.Select(r => r.Position));
        Assert.All(reports, r => Assert.Null(r.Length));
        Assert.Equal(120_000, reports[^1].RowsRead);
        Assert.InRange(reports[0].RowsRead, (((1 << 20) - 1024 - Header.Length) / 23) - 1, (1 << 20) / 23);
    }

    [Fact]
    public void Progress_OfAStream_IsReportedInBytesAtEachFullMebibyte_AndAtTheEnd()
    {
        string text = Header + string.Concat(Enumerable.Repeat("DEU,1990,CO2,1.A.1,1.5\n# Grüße ✓\n", 60_000));
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var reports = new List<InventoryCsvProgress>();
        InventoryParseResult result = InventoryCsv.Parse(new FixedReadStream(bytes, 1024), new SyncProgress(reports.Add));
        Assert.True(result.Success);
        Assert.Equal(new long[] { 1 << 20, 2 << 20, bytes.Length }, reports.Select(r => r.Position));
        Assert.All(reports, r => Assert.Equal(bytes.Length, r.Length));
        Assert.Equal(60_000, reports[^1].RowsRead);
    }

    [Fact]
    public void Progress_OfAnEmptyText_IsOneReportAtTheEnd()
    {
        var reports = new List<InventoryCsvProgress>();
        InventoryParseResult result = InventoryCsv.Parse(new StringReader(string.Empty), new SyncProgress(reports.Add));
        Assert.Equal(InventoryErrorCode.MissingHeader, Assert.Single(result.Errors).Code);
        Assert.Equal(new[] { new InventoryCsvProgress(0, 0, null) }, reports);
    }

    [Theory]
    [InlineData("DEU,1990,CO2,1.A.1,1\r", 1)]
    [InlineData("DEU,1990,CO2,1.A.1,1\nDEU,1991,CO2,1.A.1,1", 2)]
    [InlineData("DEU,1990,CO2,1.A.1,\"1\"", 1)]
    public void TheLastProgressReport_CountsEveryRow(string rows, int count)
    {
        var reports = new List<InventoryCsvProgress>();
        InventoryParseResult result = InventoryCsv.Parse(new StringReader(Header + rows), new SyncProgress(reports.Add));
        Assert.Equal(count, result.RowCount);
        Assert.Equal(new InventoryCsvProgress(count, Header.Length + rows.Length, null), reports[^1]);
    }

    [Theory]
    [InlineData("# a comment line\n")]
    [InlineData("\"\"\n")]
    public void ReadingALongText_NeedsAFewBuffers_NotTheText(string line)
    {
        // A blank quoted row and a comment add no record, so what is allocated is the reader's own buffers.
        string text = Header + string.Concat(Enumerable.Repeat(line, (4 << 20) / line.Length));
        Assert.True(InventoryCsv.Parse(Header + line + line).Success);
        long before = GC.GetAllocatedBytesForCurrentThread();
        InventoryParseResult result = InventoryCsv.Parse(new StringReader(text));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(result.Success);
        Assert.True(allocated < 2 << 20, "allocated " + allocated + " bytes for " + text.Length + " characters");
    }

    private static void AssertDecodedAtTheEndOfTheFirstBuffer(string character)
    {
        // A comment fills the first 65,535 characters of the buffer, so the character after it has one char left.
        string text = "#" + new string('c', (1 << 16) - 2) + character + "\n" + Header + "XXX,1990,CO2,1.A.1,1\n";
        (int, int, InventoryErrorCode, string?)[] expected = { (3, 1, InventoryErrorCode.UnknownParty, "XXX") };
        Assert.Equal(expected, Errors(InventoryCsv.Parse(text)));
        Assert.Equal(expected, Errors(InventoryCsv.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)))));
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
