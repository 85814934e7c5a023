using System;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Testing.Inventories;
using Xunit;

namespace Kyoto.Accounting.Tests.Inventories;

public class InventoryCsvTests
{
    private const string Header = "party,year,gas,source,mass_t\n";

    [Fact]
    public void Parse_ReadsRecordsInAnyColumnOrder_WithCommentsAndQuotes()
    {
        const string text = "# a comment\nmass_t,party,source,gas,year\n1234.5,DEU,1.A.1,CO2,1990\n\n\"-3\",AUS,LULUCF-D,CO2,1990\n";
        InventoryParseResult result = InventoryCsv.Parse(text);
        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal(2, result.RowCount);
        EmissionInventory inventory = result.GetValueOrThrow();
        Assert.Equal(1_234_500_000, inventory[0].Mass.Grams);
        Assert.Equal(Party.FromCode("DEU"), inventory[0].Party);
        Assert.Equal(-3_000_000, inventory[1].Mass.Grams);
        Assert.True(inventory[1].Source.IsLulucf);
    }

    [Theory]
    [InlineData("XXX,1990,CO2,1.A.1,1", InventoryErrorCode.UnknownParty, 1, "party")]
    [InlineData("DEU,nineteen,CO2,1.A.1,1", InventoryErrorCode.InvalidYear, 2, "year")]
    [InlineData("DEU,1850,CO2,1.A.1,1", InventoryErrorCode.YearOutOfRange, 2, "year")]
    [InlineData("DEU,1990,CFC-11,1.A.1,1", InventoryErrorCode.UnknownGas, 3, "gas")]
    [InlineData("DEU,1990,CO2,5.A,1", InventoryErrorCode.UnknownSource, 4, "source")]
    [InlineData("DEU,1990,CO2,1.A.1,NaN", InventoryErrorCode.NonFiniteMass, 5, "mass_t")]
    [InlineData("DEU,1990,CO2,1.A.1,Infinity", InventoryErrorCode.NonFiniteMass, 5, "mass_t")]
    [InlineData("DEU,1990,CO2,1.A.1,-Infinity", InventoryErrorCode.NonFiniteMass, 5, "mass_t")]
    [InlineData("DEU,1990,CO2,1.A.1,twelve", InventoryErrorCode.InvalidMass, 5, "mass_t")]
    [InlineData("DEU,1990,CO2,1.A.1,1e6", InventoryErrorCode.InvalidMass, 5, "mass_t")]
    [InlineData("DEU,1990,CO2,1.A.1,0.0000001", InventoryErrorCode.MassTooPrecise, 5, "mass_t")]
    [InlineData("DEU,1990,CO2,1.A.1,10000000000000", InventoryErrorCode.MassOutOfRange, 5, "mass_t")]
    [InlineData("DEU,1990,SF6,2.F,400000000", InventoryErrorCode.MassOutOfRange, 5, "mass_t")]
    [InlineData("DEU,1990,CO2,1.A.1,-1", InventoryErrorCode.NegativeEmission, 5, "mass_t")]
    [InlineData("DEU,1990,CO2,1.A.1", InventoryErrorCode.WrongFieldCount, 0, null)]
    public void Parse_RejectsABadRow_WithItsRowColumnFieldAndReason(string row, InventoryErrorCode code, int column, string? field)
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + "DEU,1990,CO2,1.A.1,1\n" + row + "\nDEU,1991,CO2,1.A.1,1\n");
        Assert.False(result.Success);
        InventoryParseError error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Row);
        Assert.Equal(code, error.Code);
        Assert.Equal(column, error.Column);
        Assert.Equal(field, error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
        Assert.Contains("row 3", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReportsEveryBadRowAndField_AndNeverReturnsAPartialInventory()
    {
        const string text = Header + "XXX,1990,CO2,1.A.1,NaN\nDEU,1990,CO2,1.A.1,1\nDEU,1800,XYZ,1.A.1,1\n";
        InventoryParseResult result = InventoryCsv.Parse(text);
        Assert.False(result.TryGetValue(out EmissionInventory? inventory));
        Assert.Null(inventory);
        Assert.Equal(
            new[] { (2, InventoryErrorCode.UnknownParty), (2, InventoryErrorCode.NonFiniteMass), (4, InventoryErrorCode.YearOutOfRange), (4, InventoryErrorCode.UnknownGas) },
            result.Errors.Select(e => (e.Row, e.Code)));
        var ex = Assert.Throws<InventoryFormatException>(() => result.GetValueOrThrow());
        Assert.Equal(4, ex.Errors.Count);
        Assert.Throws<InventoryFormatException>(() => InventoryCsv.Read(new StringReader(text)));
    }

    [Theory]
    [InlineData("", InventoryErrorCode.MissingHeader)]
    [InlineData("party,year,gas,source\nDEU,1990,CO2,1.A.1\n", InventoryErrorCode.MissingColumn)]
    [InlineData("party,year,gas,source,mass_t,note\nDEU,1990,CO2,1.A.1,1,x\n", InventoryErrorCode.UnknownColumn)]
    [InlineData("party,year,gas,source,mass_t,year\nDEU,1990,CO2,1.A.1,1,1990\n", InventoryErrorCode.DuplicateColumn)]
    [InlineData("party,year,gas,source,mass_t\n\"DEU,1990,CO2,1.A.1,1\n", InventoryErrorCode.MalformedFile)]
    public void Parse_RejectsABadHeaderOrFile(string text, InventoryErrorCode code)
    {
        InventoryParseResult result = InventoryCsv.Parse(text);
        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Code == code);
    }

    [Fact]
    public void Parse_UnterminatedQuote_ReportsTheLineWhereTheQuoteOpens()
    {
        InventoryParseResult result = InventoryCsv.Parse("party,year,gas,source,mass_t\nDEU,1990,CO2,1.A.1,1\n\"DEU,1991,CO2,1.A.1,1\n");
        InventoryParseError error = Assert.Single(result.Errors);
        Assert.Equal(InventoryErrorCode.MalformedFile, error.Code);
        Assert.Equal(3, error.Row);
    }

    [Property(Arbitrary = new[] { typeof(InventoryArbitraries) }, MaxTest = 100)]
    public bool ValidRows_AreReadAsTheirRecords(ValidInventoryRow[] rows)
    {
        // Every row ends with a line end (a last row without one is UnterminatedRow: the file may be cut short).
        InventoryParseResult result = InventoryCsv.Parse(Header + string.Concat(rows.Select(r => r.Line + "\n")));
        return result.Success && result.Value.GetRecords().SequenceEqual(rows.Select(r => r.Record));
    }

    [Property(Arbitrary = new[] { typeof(InventoryArbitraries) }, MaxTest = 200)]
    public bool InvalidRows_AreReportedWithTheirRowAndField(ValidInventoryRow[] before, InvalidInventoryRow bad, ValidInventoryRow[] after)
    {
        string text = Header + string.Concat(before.Select(r => r.Line).Append(bad.Line).Concat(after.Select(r => r.Line)).Select(l => l + "\n"));
        InventoryParseResult result = InventoryCsv.Parse(text);
        int row = before.Length + 2;
        return !result.Success
            && result.Errors.Count > 0
            && result.Errors.All(e => e.Row == row)
            && result.Errors.Any(e => e.Code == bad.ExpectedCode && e.Field == bad.ExpectedField);
    }

    [Property(Arbitrary = new[] { typeof(InventoryArbitraries) }, MaxTest = 100)]
    public bool Write_ThenParse_RoundTrips(EmissionInventory inventory)
    {
        using var writer = new StringWriter();
        InventoryCsv.Write(inventory, writer);
        return InventoryCsv.Parse(writer.ToString()).Value.GetRecords().SequenceEqual(inventory.GetRecords());
    }

    [Fact]
    public void Write_UsesTheDocumentedHeader()
    {
        var inventory = new EmissionInventoryBuilder().Add(Party.FromCode("HUN"), 1985, Gas.Methane, EmissionSource.FromCode("4.A"), Kyoto.Accounting.Quantities.GasMass.FromTonnes(0.5m)).Build();
        using var writer = new StringWriter();
        InventoryCsv.Write(inventory, writer);
        Assert.Equal("party,year,gas,source,mass_t\nHUN,1985,CH4,4.A,0.5\n", writer.ToString());
    }
}
