using System.Linq;
using Apache.Arrow;
using Apache.Arrow.Types;
using Kyoto.Accounting.Inventories;
using Xunit;

namespace Kyoto.Accounting.Arrow.Tests;

public class ArrowValidationTests
{
    private static RecordBatch Batch(string?[] party, int[] year, string[] gas, string[] source, long?[] grams)
    {
        var partyBuilder = new StringArray.Builder();
        foreach (string? p in party)
        {
            if (p is null)
            {
                partyBuilder.AppendNull();
            }
            else
            {
                partyBuilder.Append(p);
            }
        }

        var massBuilder = new Int64Array.Builder();
        foreach (long? g in grams)
        {
            massBuilder.Append(g);
        }

        // Year as int32 and gas dictionary-encoded, as query engines write them.
        var gasDictionary = new StringArray.Builder().AppendRange(gas.Distinct()).Build();
        var gasIndices = new Int32Array.Builder().AppendRange(gas.Select(g => gas.Distinct().ToList().IndexOf(g))).Build();
        var gasColumn = new DictionaryArray(new DictionaryType(Int32Type.Default, StringType.Default, false), gasIndices, gasDictionary);
        var schema = new Schema.Builder()
            .Field(f => f.Name("mass_g").DataType(Int64Type.Default))
            .Field(f => f.Name("party").DataType(StringType.Default))
            .Field(f => f.Name("year").DataType(Int32Type.Default))
            .Field(f => f.Name("gas").DataType(gasColumn.Data.DataType))
            .Field(f => f.Name("source").DataType(StringType.Default))
            .Field(f => f.Name("comment").DataType(StringType.Default))
            .Build();
        return new RecordBatch(
            schema,
            new IArrowArray[]
            {
                massBuilder.Build(), partyBuilder.Build(), new Int32Array.Builder().AppendRange(year).Build(), gasColumn,
                new StringArray.Builder().AppendRange(source).Build(), new StringArray.Builder().AppendRange(source.Select(_ => "ignored")).Build(),
            },
            party.Length);
    }

    [Fact]
    public void ColumnsByName_AnyIntegerWidth_DictionaryStrings_AreRead()
    {
        RecordBatch batch = Batch(new[] { "DEU", "FRA" }, new[] { 2008, 2009 }, new[] { "CO2", "CH4" }, new[] { "1.A.1", "LULUCF-AR" }, new long?[] { 5, -7 });
        EmissionInventory inventory = InventoryArrow.FromRecordBatches(new[] { batch }).GetValueOrThrow();
        Assert.Equal(2, inventory.Count);
        Assert.Equal(-7, inventory[1].Mass.Grams);
        Assert.Equal("LULUCF-AR", inventory[1].Source.Code);
    }

    [Fact]
    public void EveryBadRecord_IsReported_WithItsPositionAndCode()
    {
        RecordBatch batch = Batch(
            new[] { "DEU", "XXX", null, "DEU", "DEU" },
            new[] { 2008, 2009, 2010, 1800, 2010 },
            new[] { "CO2", "CO2", "CO2", "CO2", "CO2" },
            new[] { "1.A.1", "1.A.1", "1.A.1", "1.A.1", "1.A.1" },
            new long?[] { 5, 5, 5, 5, -1 });
        InventoryParseResult result = InventoryArrow.FromRecordBatches(new[] { batch });
        Assert.False(result.Success);
        Assert.Equal(
            new[] { (2, InventoryErrorCode.UnknownParty, "party", 2), (3, InventoryErrorCode.UnknownParty, "party", 2), (4, InventoryErrorCode.YearOutOfRange, "year", 3), (5, InventoryErrorCode.NegativeEmission, "mass_g", 1) },
            result.Errors.Select(e => (e.Row, e.Code, e.Field!, e.Column)).ToArray());
    }

    [Fact]
    public void MissingColumn_IsReported()
    {
        var schema = new Schema.Builder().Field(f => f.Name("party").DataType(StringType.Default)).Build();
        var batch = new RecordBatch(schema, new IArrowArray[] { new StringArray.Builder().Append("DEU").Build() }, 1);
        InventoryParseResult result = InventoryArrow.FromRecordBatches(new[] { batch });
        Assert.Contains(result.Errors, e => e.Code == InventoryErrorCode.MissingColumn && e.Reason.Contains("'year'", System.StringComparison.Ordinal));
    }
}
