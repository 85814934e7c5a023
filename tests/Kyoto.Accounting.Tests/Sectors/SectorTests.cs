using System;
using System.Linq;
using Kyoto.Accounting.Sectors;
using Kyoto.Accounting.Tests.Support;
using Xunit;

namespace Kyoto.Accounting.Tests.Sectors;

public class SectorTests
{
    [Fact]
    public void AnnexA_HasFiveSectorsAndTheirCategories()
    {
        Assert.Equal(5, Sector.All.Count);
        Assert.Equal(new[] { 8, 7, 1, 7, 4 }, Sector.All.Select(s => s.Categories.Count));
        Assert.Same(Sector.Agriculture, SourceCategory.FromCode("4.D").Sector);
        Assert.Equal(Enumerable.Range(0, SourceCategory.All.Count), SourceCategory.All.Select(c => c.Index));
        Assert.Same(Sector.Waste, Sector.FromCode("6"));
    }

    [Fact]
    public void UnknownCodes_Throw()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => SourceCategory.FromCode("5.A")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => Sector.FromCode("5")).ParamName);
    }

    [Fact]
    public void LulucfActivityCodes_MatchTheRegistryCodeList()
    {
        var rows = ReferenceCsv.Read("registry-codes.csv").Where(r => r["code_set"] == "lulucf_activity").ToList();
        Assert.Equal(rows.Count, Enum.GetValues<LulucfActivity>().Length);
        foreach (var row in rows)
        {
            var activity = (LulucfActivity)int.Parse(row["primary_code"], System.Globalization.CultureInfo.InvariantCulture);
            string expected = row["name"].Split(' ')[0].Replace("_", string.Empty, StringComparison.Ordinal);
            Assert.Equal(expected, activity.ToString().ToUpperInvariant());
        }
    }
}
