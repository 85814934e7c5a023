using System.Linq;
using Kyoto.Accounting.Inventories;
using Xunit;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// The reader's shortcuts (the 16-character field search, the trim of printable-ASCII ends, packed code keys) give
/// the results of the general paths: white space of any kind around fields, fields longer than 16 characters,
/// unknown codes longer than eight characters or outside ASCII.
/// </summary>
public class InventoryCsvFastPathTests
{
    private const string Header = "party,year,gas,source,mass_t\n";

    [Fact]
    public void WhiteSpaceAroundFields_AndLongFields_AreReadAsTheGeneralPathsRead()
    {
        InventoryParseResult result = InventoryCsv.Parse(Header
            + "  DEU\t,\u00A01990 , CO2,1.A.1\u2003,00000000000000000000000005.000000\n"
            + "DEU,1991,CO2,1.A.1,                        7\n"
            + "HUN,1992,CH4,4.A,0000000000000000000000000000000000000000000000000000000000000000000000.5\n");
        Assert.True(result.Success, string.Join("; ", result.Errors));
        Assert.Equal(
            new[] { (1990, 5_000_000L), (1991, 7_000_000L), (1992, 500_000L) },
            result.Value.GetRecords().Select(r => (r.Year, r.Mass.Grams)));
    }

    [Fact]
    public void UnknownCodes_LongOrNotAscii_AreReportedWithTheirText()
    {
        InventoryParseResult result = InventoryCsv.Parse(Header
            + "DEU,1990,CO2,LULUCF-XYZ,1\n"
            + "DÉU,1990,CO2,1.A.1,1\n"
            + "DEU\0,1990,CO2,1.A.1,1\n"
            + "DEU,1990,CO2,1.A.1,1\n");
        Assert.False(result.Success);
        Assert.Equal(
            new[] { (2, InventoryErrorCode.UnknownSource, "LULUCF-XYZ"), (3, InventoryErrorCode.UnknownParty, "DÉU"), (4, InventoryErrorCode.UnknownParty, "DEU\0") },
            result.Errors.Select(e => (e.Row, e.Code, e.Value ?? string.Empty)));
    }
}
