using System.IO;
using System.Linq;
using System.Text;
using Kyoto.Accounting.Inventories;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryCsvMutationKillSupport;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// Header errors with their columns (mutation testing, Stryker, December 2026, found only their codes checked), and
/// the contract of <c>InventoryCsvRows.Merge</c> for partitions read with the standard-header collector: null when a
/// part has an open quote or the first has no header, the records of both parts otherwise.
/// </summary>
public class InventoryCsvHeaderMutationKillTests
{
    [Theory]
    [InlineData("party,year,gas,source,mass_t,note\n", 6, InventoryErrorCode.UnknownColumn, "note")]
    [InlineData("note,party,year,gas,source,mass_t\n", 1, InventoryErrorCode.UnknownColumn, "note")]
    [InlineData("party,year,gas,source,mass_t, party \n", 6, InventoryErrorCode.DuplicateColumn, "party")]
    [InlineData("party,year,gas,source,mass_t,PARTY\n", 6, InventoryErrorCode.DuplicateColumn, "PARTY")]
    [InlineData("mass_t,party,year,gas,source,year\n", 6, InventoryErrorCode.DuplicateColumn, "year")]
    public void AnUnknownOrRepeatedColumn_IsReportedAtItsColumn_ThenTheHeaderIsInvalid(string header, int column, InventoryErrorCode code, string name)
    {
        InventoryParseResult result = InventoryCsv.Parse(header + "DEU,1990,CO2,1.A.1,1,x\nXXX\n");
        Assert.Equal(new[] { (1, column, code, (string?)name), (1, 0, InventoryErrorCode.MissingHeader, null) }, Errors(result));
        Assert.Equal(name, result.Errors[0].Field);
        Assert.Equal(2, result.RowCount);
    }

    [Fact]
    public void MissingColumns_AreNamed_InTheOrderOfTheFormat_ThenTheHeaderIsInvalid()
    {
        InventoryParseResult result = InventoryCsv.Parse("# c\ngas,year\nCO2,1990\n");
        Assert.Equal(
            new[] { (2, 0, InventoryErrorCode.MissingColumn, "party"), (2, 0, InventoryErrorCode.MissingColumn, "source"), (2, 0, InventoryErrorCode.MissingColumn, "mass_t"), (2, 0, InventoryErrorCode.MissingHeader, (string?)null) },
            result.Errors.Select(e => (e.Row, e.Column, e.Code, e.Field)));
        Assert.All(result.Errors, e => Assert.Null(e.Value));
        Assert.Equal(1, result.RowCount);
    }

    [Fact]
    public void Merge_JoinsTheRecordsAndRenumbersTheErrorsOfTheSecondPart()
    {
        (InventoryCsvRows first, int lines) = Read(Header + "DEU,1990,CO2,1.A.1,1\n", afterStandardHeader: false);
        (InventoryCsvRows second, _) = Read("# c\nDEU,1991,CO2,1.A.1,2\nXXX,1991,CO2,1.A.1,2\n", afterStandardHeader: true);
        InventoryParseResult? result = InventoryCsvRows.Merge(first, second, lines);
        Assert.NotNull(result);
        Assert.Equal(new[] { (5, 1, InventoryErrorCode.UnknownParty, (string?)"XXX") }, Errors(result));
        Assert.Equal(3, result.RowCount);
    }

    [Theory]
    [InlineData(Header + "DEU,1990,CO2,1.A.1,1\n", "# only a comment\n", new[] { 1990 })]
    [InlineData(Header + "# no record\n", "DEU,1991,CO2,1.A.1,2\nDEU,1992,CO2,1.A.1,3\n", new[] { 1991, 1992 })]
    [InlineData(Header + "DEU,1990,CO2,1.A.1,1\n", "DEU,1991,CO2,1.A.1,2\n", new[] { 1990, 1991 })]
    [InlineData(Header, "", new int[0])]
    public void Merge_OfTwoValidParts_HasTheRecordsOfBoth_WhicheverPartHasNone(string firstText, string secondText, int[] years)
    {
        (InventoryCsvRows first, int lines) = Read(firstText, afterStandardHeader: false);
        (InventoryCsvRows second, _) = Read(secondText, afterStandardHeader: true);
        InventoryParseResult? result = InventoryCsvRows.Merge(first, second, lines);
        Assert.NotNull(result);
        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal(years, result.Value.GetRecords().Select(r => r.Year));
        Assert.Equal(years.Length, result.RowCount);
    }

    [Theory]
    [InlineData(Header + "DEU,1990,CO2,1.A.1,1\n", "\"DEU,1991,CO2,1.A.1,2\n")]
    [InlineData(Header + "\"DEU,1990,CO2,1.A.1,1\n", "DEU,1991,CO2,1.A.1,2\n")]
    [InlineData("# no header yet\n", "DEU,1991,CO2,1.A.1,2\n")]
    [InlineData("", "DEU,1991,CO2,1.A.1,2\n")]
    public void Merge_IsNull_WhenAPartHasAnOpenQuote_OrTheFirstHasNoHeader(string firstText, string secondText)
    {
        (InventoryCsvRows first, int lines) = Read(firstText, afterStandardHeader: false);
        (InventoryCsvRows second, _) = Read(secondText, afterStandardHeader: true);
        Assert.Null(InventoryCsvRows.Merge(first, second, lines));
    }

    private static (InventoryCsvRows Rows, int Lines) Read(string text, bool afterStandardHeader)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var reader = new InventoryCsvReader(new MemoryStream(bytes), new InventoryCsvRows(0, afterStandardHeader), bytes.Length, checkBom: false);
        reader.ReadAll();
        return (reader.Rows, reader.LinesRead);
    }
}
