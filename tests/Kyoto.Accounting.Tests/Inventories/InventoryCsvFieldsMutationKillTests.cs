using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryCsvMutationKillSupport;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// The year and mass fields at their boundaries (mutation testing, Stryker, December 2026): every accepted text is
/// read to its exact grams, every rejected one gets its code at column 2 or 5, whichever of the fast and the general
/// path decides it.
/// </summary>
public class InventoryCsvFieldsMutationKillTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("-0", 0L)]
    [InlineData("+5", 5_000_000L)]
    [InlineData(".5", 500_000L)]
    [InlineData("5.", 5_000_000L)]
    [InlineData("0.000001", 1L)]
    [InlineData("1.000000", 1_000_000L)]
    [InlineData("1.0000000", 1_000_000L)]
    [InlineData("1.1234560000", 1_123_456L)]
    [InlineData("000000000000000000000000012.5", 12_500_000L)]
    [InlineData("12.50000000000000000000000000", 12_500_000L)]
    [InlineData("9223372036854.775807", long.MaxValue)]
    [InlineData("9223372036854.7758070", long.MaxValue)]
    [InlineData("1844674407370.955161", 1_844_674_407_370_955_161L)]
    public void AMassOfASourceCategory_IsReadToItsExactGrams_OrRejected(string mass, long grams)
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + "DEU,1990,CO2,1.A.1," + mass + "\n");
        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal(grams, Assert.Single(result.Value.GetRecords()).Mass.Grams);
    }

    [Theory]
    [InlineData("-5", -5_000_000L)]
    [InlineData("-0.000001", -1L)]
    [InlineData("-9223372036854.775807", -long.MaxValue)]
    public void ANegativeMassOfALulucfActivity_IsReadToItsExactGrams(string mass, long grams)
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + "AUS,1990,CO2,LULUCF-D," + mass + "\n");
        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal(grams, Assert.Single(result.Value.GetRecords()).Mass.Grams);
    }

    [Theory]
    [InlineData("1.A.1", "", InventoryErrorCode.InvalidMass)]
    [InlineData("1.A.1", ".", InventoryErrorCode.InvalidMass)]
    [InlineData("1.A.1", "-", InventoryErrorCode.InvalidMass)]
    [InlineData("1.A.1", "+-5", InventoryErrorCode.InvalidMass)]
    [InlineData("1.A.1", "--5", InventoryErrorCode.InvalidMass)]
    [InlineData("1.A.1", "1.2.3", InventoryErrorCode.InvalidMass)]
    [InlineData("1.A.1", "1,5", InventoryErrorCode.WrongFieldCount)]
    [InlineData("1.A.1", "0x10", InventoryErrorCode.InvalidMass)]
    [InlineData("1.A.1", "1 000", InventoryErrorCode.InvalidMass)]
    [InlineData("1.A.1", "nan", InventoryErrorCode.NonFiniteMass)]
    [InlineData("1.A.1", "-inf", InventoryErrorCode.NonFiniteMass)]
    [InlineData("1.A.1", "+Infinity", InventoryErrorCode.NonFiniteMass)]
    [InlineData("1.A.1", "\u221E", InventoryErrorCode.NonFiniteMass)]
    [InlineData("1.A.1", "1.0000001", InventoryErrorCode.MassTooPrecise)]
    [InlineData("1.A.1", "0.00000010", InventoryErrorCode.MassTooPrecise)]
    [InlineData("1.A.1", "9223372036854.775808", InventoryErrorCode.MassOutOfRange)]
    [InlineData("1.A.1", "20000000000000", InventoryErrorCode.MassOutOfRange)]
    [InlineData("1.A.1", "18446744073709.551616", InventoryErrorCode.MassOutOfRange)]
    [InlineData("1.A.1", "99999999999999999999999", InventoryErrorCode.MassOutOfRange)]
    [InlineData("1.A.1", "-0.000001", InventoryErrorCode.NegativeEmission)]
    [InlineData("1.A.1", "-20000000000000", InventoryErrorCode.MassOutOfRange)]
    [InlineData("LULUCF-D", "-9223372036854.775808", InventoryErrorCode.MassOutOfRange)]
    [InlineData("LULUCF-D", "-20000000000000", InventoryErrorCode.MassOutOfRange)]
    public void ABadMass_IsRejectedWithItsCode_AtColumnFive(string source, string mass, InventoryErrorCode code)
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + "AUS,1990,CO2," + source + "," + mass + "\n");
        Assert.False(result.Success);
        InventoryParseError error = Assert.Single(result.Errors);
        Assert.Equal((2, code), (error.Row, error.Code));
        if (code != InventoryErrorCode.WrongFieldCount)
        {
            Assert.Equal((5, "mass_t", mass), (error.Column, error.Field, error.Value));
        }
    }

    [Fact]
    public void TheLargestMassOfEachGas_IsAccepted_AndOneGramMoreIsOutOfRange()
    {
        foreach (Gas gas in Gas.All)
        {
            if (gas.IsReportedAsCo2e)
            {
                continue;
            }

            decimal max = InventoryRecord.MaxMagnitude(gas).Grams;
            string source = gas == Gas.CarbonDioxide || gas == Gas.Methane || gas == Gas.NitrousOxide ? "LULUCF-D" : "2.F";
            string text = Header
                + Row(gas, source, max) + Row(gas, source, max + 1)
                + (source == "2.F" ? string.Empty : Row(gas, source, -max) + Row(gas, source, -max - 1));
            InventoryParseResult result = InventoryCsv.Parse(text);
            int[] badRows = source == "2.F" ? new[] { 3 } : new[] { 3, 5 };
            Assert.Equal(badRows, result.Errors.Select(e => e.Row));
            Assert.All(result.Errors, e => Assert.Equal((InventoryErrorCode.MassOutOfRange, 5), (e.Code, e.Column)));
        }
    }

    [Theory]
    [InlineData("1970", 1970)]
    [InlineData("2100", 2100)]
    [InlineData("000001990", 1990)]
    [InlineData("0000000000001990", 1990)]
    [InlineData(" 2008\t", 2008)]
    public void AYear_IsReadAsItsDigits(string year, int expected)
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + "DEU," + year + ",CO2,1.A.1,1\n");
        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal(expected, Assert.Single(result.Value.GetRecords()).Year);
    }

    [Theory]
    [InlineData("1969", InventoryErrorCode.YearOutOfRange)]
    [InlineData("2101", InventoryErrorCode.YearOutOfRange)]
    [InlineData("0", InventoryErrorCode.YearOutOfRange)]
    [InlineData("999999999", InventoryErrorCode.YearOutOfRange)]
    [InlineData("2147483647", InventoryErrorCode.YearOutOfRange)]
    [InlineData("0000000000000001969", InventoryErrorCode.YearOutOfRange)]
    [InlineData("2147483648", InventoryErrorCode.InvalidYear)]
    [InlineData("99999999999", InventoryErrorCode.InvalidYear)]
    [InlineData("", InventoryErrorCode.InvalidYear)]
    [InlineData("-1990", InventoryErrorCode.InvalidYear)]
    [InlineData("+1990", InventoryErrorCode.InvalidYear)]
    [InlineData("1990.0", InventoryErrorCode.InvalidYear)]
    [InlineData("19\u00A090", InventoryErrorCode.InvalidYear)]
    [InlineData("\u0661\u0669\u0669\u0660", InventoryErrorCode.InvalidYear)]
    public void ABadYear_IsRejectedWithItsCode_AtColumnTwo(string year, InventoryErrorCode code)
    {
        InventoryParseResult result = InventoryCsv.Parse(Header + "DEU," + year + ",CO2,1.A.1,1\n");
        Assert.Equal(new[] { (2, 2, code, (string?)year) }, Errors(result));
        Assert.Equal("year", result.Errors[0].Field);
    }

    private static string Row(Gas gas, string source, decimal grams) =>
        string.Format(CultureInfo.InvariantCulture, "AUS,1990,{0},{1},{2}\n", gas.Code, source, (grams / 1_000_000m).ToString("0.000000", CultureInfo.InvariantCulture));
}
