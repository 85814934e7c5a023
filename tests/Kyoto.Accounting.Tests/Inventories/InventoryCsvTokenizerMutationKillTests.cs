using System;
using System.Linq;
using Kyoto.Accounting.Inventories;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryCsvMutationKillSupport;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// The CSV tokenizer where mutation testing (Stryker, December 2026) found no test: line ends and quoted rows cut by a
/// read, characters left in the buffer past its end by an earlier read, a comment far into the buffer, rows of more
/// than eight fields, empty and doubled quotes, a last row ending in a quote, and the trim shortcut.
/// Each test states the documented result (rows, columns, codes), not only that two read paths agree.
/// </summary>
public class InventoryCsvTokenizerMutationKillTests
{
    private const int FirstBuffer = 1 << 16; // the reader's first character buffer (InventoryCsvReader.InitialChars)

    [Theory]
    [InlineData("party,year,gas,source,mass_t\r", "\nXXX,1990,CO2,1.A.1,1\r\n", 2)]
    [InlineData(Header + "DEU,1990,CO2,1.A.1,1\r", "\nXXX,1990,CO2,1.A.1,1\n", 3)]
    [InlineData(Header + "\"DEU\",1990,CO2,1.A.1,1\r", "\nXXX,1990,CO2,1.A.1,1\n", 3)]
    [InlineData(Header + "# comment\r", "\nXXX,1990,CO2,1.A.1,1\n", 3)]
    public void ACrLfCutBetweenTwoReads_IsOneLineEnd(string first, string second, int badRow)
    {
        InventoryParseResult result = InventoryCsv.Parse(new ChunkedReader(first, second));
        Assert.Equal(new[] { (badRow, 1, InventoryErrorCode.UnknownParty, (string?)"XXX") }, Errors(result));
    }

    [Fact]
    public void ALoneCrLastInARead_EndsTheRow_WhenTheNextReadStartsARow()
    {
        InventoryParseResult result = InventoryCsv.Parse(new ChunkedReader(Header + "\"DEU\",1990,CO2,1.A.1,1\r", "XXX,1990,CO2,1.A.1,1\r"));
        Assert.Equal(new[] { (3, 1, InventoryErrorCode.UnknownParty, (string?)"XXX") }, Errors(result));
        Assert.Equal(2, result.RowCount);
    }

    [Theory]
    [InlineData(Header + "\"DEU\",1990", ",CO2,1.A.1,1\n")]
    [InlineData(Header + "\"DE", "U\",1990,CO2,1.A.1,1\n")]
    [InlineData(Header + "\"DEU\"", "\"\",1990,CO2,1.A.1,1\n")]
    public void AQuotedRowCutByARead_IsReadWhole(string first, string second)
    {
        InventoryParseResult whole = InventoryCsv.Parse(first + second);
        InventoryParseResult cut = InventoryCsv.Parse(new ChunkedReader(first, second));
        Assert.Equal(Errors(whole), Errors(cut));
        Assert.Equal(1, cut.RowCount);
        if (second.StartsWith("\"\"", StringComparison.Ordinal))
        {
            Assert.Equal(new[] { (2, 1, InventoryErrorCode.UnknownParty, (string?)"DEU\"") }, Errors(cut));
        }
        else
        {
            Assert.Equal(new[] { ("DEU", 1990, 1_000_000L) }, Records(cut));
        }
    }

    [Fact]
    public void ACommentFarIntoTheBuffer_IsSkipped()
    {
        // More than half of the first buffer before the comment.
        string text = Header + string.Concat(Enumerable.Repeat("DEU,1990,CO2,1.A.1,1\n", 2000)) + "# note, not a row\nXXX,1990,CO2,1.A.1,1\n";
        InventoryParseResult result = InventoryCsv.Parse(text);
        Assert.Equal(new[] { (2003, 1, InventoryErrorCode.UnknownParty, (string?)"XXX") }, Errors(result));
        Assert.Equal(2001, result.RowCount);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(12)]
    public void AQuotedRowAcrossTheEndOfTheFirstBuffer_IsReadWhole(int before)
    {
        // The quoted row starts `before` characters before the end of the first buffer, which the first read fills.
        const string row = "\"DEU\",1990,CO2,1.A.1,1\n";
        string head = Header + "#";
        string text = head + new string('x', FirstBuffer - before - head.Length - 1) + "\n" + row + "DEU,1991,CO2,1.A.1,2\n";
        Assert.Equal(FirstBuffer - before, text.IndexOf(row, StringComparison.Ordinal));
        InventoryParseResult result = InventoryCsv.Parse(text);
        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal(new[] { ("DEU", 1990, 1_000_000L), ("DEU", 1991, 2_000_000L) }, Records(result));
    }

    [Theory]
    [InlineData("party,year,gas,source,\"mass_t\"")]
    [InlineData(Header + "DEU,1990,CO2,1.A.1,\"1\"")]
    public void ALastRowEndingInAQuote_WithAQuoteLeftInTheBufferPastItsEnd_IsUnterminated(string text)
    {
        // The first read holds a comment, then the text: when the last row waits for more (its closing quote is last),
        // it moves to the front of the buffer, and the character past its end is then the comment's quote.
        int last = text.LastIndexOf('\n') + 1;
        int rowLength = text.Length - last;
        string comment = "#" + new string('x', rowLength - 1) + "\"" + "\n";
        Assert.Equal('"', (comment + text)[rowLength]);
        InventoryParseResult result = InventoryCsv.Parse(new ChunkedReader(comment + text));
        int row = text.Count(c => c == '\n') + 2;
        Assert.Equal(new[] { (row, 0, InventoryErrorCode.UnterminatedRow, (string?)null) }, Errors(result));
    }

    [Theory]
    [InlineData(Header + "DEU,1990,CO2,1.A.1,\"1\"", 2)]
    [InlineData(Header + "\"DEU\",1990,CO2,1.A.1,1", 2)]
    [InlineData(Header + "DEU,1990,CO2,1.A.1,1\n\"DEU\",\"1991\",\"CO2\",\"1.A.1\",\"1\"", 3)]
    public void ALastQuotedRowWithoutLineEnd_IsUnterminated_AndNotRead(string text, int row)
    {
        InventoryParseResult result = InventoryCsv.Parse(text);
        Assert.Equal(new[] { (row, 0, InventoryErrorCode.UnterminatedRow, (string?)null) }, Errors(result));
        Assert.Equal(row - 1, result.RowCount);
        Assert.True(InventoryCsv.Parse(text + "\n").Success);
    }

    [Theory]
    [InlineData("\"\",1990,CO2,1.A.1,1\n", "")]
    [InlineData("\"X\"\",Y\",1990,CO2,1.A.1,1\n", "X\",Y")]
    [InlineData("\"\"\"\",1990,CO2,1.A.1,1\n", "\"")]
    [InlineData("\"\"\"\"\"\",1990,CO2,1.A.1,1\n", "\"\"")]
    [InlineData("X\"\"Y,1990,CO2,1.A.1,1\n", "XY")]
    [InlineData("\"A,\"\"\",1990,CO2,1.A.1,1\n", "A,\"")]
    public void EmptyAndDoubledQuotes_GiveTheDocumentedField(string row, string party)
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + row);
        Assert.Equal(new[] { (2, 1, InventoryErrorCode.UnknownParty, (string?)party) }, Errors(result));
    }

    [Theory]
    [InlineData("DEU,1990,CO2,1.A.1,1,a,b,c,d\n", 9)]
    [InlineData("DEU,1990,CO2,1.A.1,1,a,b,c,d,e,f,g,h,i,j,k,l,m\n", 18)]
    [InlineData("\"DEU\",1990,CO2,1.A.1,1,a,b,c,\"d,e\",f,g,h,i,j,k,l,m\n", 17)]
    public void ARowOfMoreThanEightFields_IsAWrongFieldCount(string row, int fields)
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + row + "XXX,1990,CO2,1.A.1,1\n");
        Assert.Equal(new[] { (2, 0, InventoryErrorCode.WrongFieldCount, (string?)null), (3, 1, InventoryErrorCode.UnknownParty, "XXX") }, Errors(result));
        Assert.Contains(fields.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Errors[0].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DEU ,1990,CO2,1.A.1,1\n")]
    [InlineData("DEU\t,1990,CO2,1.A.1,1\n")]
    [InlineData("\u00A0DEU,1990,CO2,1.A.1,1\n")]
    [InlineData("DEU\u00A0,1990,CO2,1.A.1,1\n")]
    [InlineData("\u0085DEU\u3000,1990,CO2,1.A.1,1\n")]
    [InlineData("DEU,1990 ,CO2 ,1.A.1 ,1 \n")]
    [InlineData("DEU,\u00A01990,\u00A0CO2,\u00A01.A.1,\u00A01\n")]
    [InlineData("DEU,1990\u00A0,CO2\u00A0,1.A.1\u00A0,1\u00A0\n")]
    public void WhiteSpaceAtOneEndOfAField_IsTrimmed(string row)
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + row);
        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal(new[] { ("DEU", 1990, 1_000_000L) }, Records(result));
    }

    [Fact]
    public void PrintableAsciiAtBothEnds_IsTheFieldAsWritten()
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + "!DEU~,1990,CO2,1.A.1,1\n~,1990,CO2,1.A.1,1\n");
        Assert.Equal(new[] { (2, 1, InventoryErrorCode.UnknownParty, (string?)"!DEU~"), (3, 1, InventoryErrorCode.UnknownParty, "~") }, Errors(result));
    }

    [Fact]
    public void EveryCutOfTrickyRowsIntoTwoReads_GivesTheDocumentedErrors()
    {
        string text = Header + "\"DEU\",1990,CO2,1.A.1,1\r\n# c\r\"X\"\"Y\",1990,CO2,1.A.1,1\r\"\",1991,CO2,1.A.1,2\n\"A\r\nB\",1990,CO2,1.A.1,3\r\nXXX,1990,CO2,1.A.1,4\n";
        (int, int, InventoryErrorCode, string?)[] expected =
        {
            (4, 1, InventoryErrorCode.UnknownParty, "X\"Y"),
            (5, 1, InventoryErrorCode.UnknownParty, ""),
            (6, 1, InventoryErrorCode.UnknownParty, "A\r\nB"),
            (8, 1, InventoryErrorCode.UnknownParty, "XXX"),
        };
        for (int cut = 0; cut <= text.Length; cut++)
        {
            InventoryParseResult result = InventoryCsv.Parse(new ChunkedReader(text[..cut], text[cut..]));
            Assert.True(expected.SequenceEqual(Errors(result)), "cut at " + cut + ": " + string.Join("; ", result.Errors));
            Assert.Equal(5, result.RowCount);
        }
    }

    [Fact]
    public void ATextOfOnlyAQuotedBlankField_HasNoHeader()
    {
        InventoryParseResult result = InventoryCsv.Parse("\"\"\n# c\n");
        Assert.Equal(new[] { (1, 0, InventoryErrorCode.MissingHeader, (string?)null) }, Errors(result));
        Assert.Equal(0, result.RowCount);
    }
}
