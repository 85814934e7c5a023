using System.IO;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Sectors;
using Kyoto.Accounting.Sinks;
using Xunit;
using static Kyoto.Accounting.Tests.Sinks.SinkTestData;

namespace Kyoto.Accounting.Tests.Sinks;

public class LulucfActivityCsvTests
{
    private const string Text = "party,activity,year,quantity,unit\n"
        + "JPN,AR,1990,0,tCO2e\n"
        + "JPN,D,2008,0.000001,tC-emitted\n"
        + "JPN,FM,2008,1.5,tC-removed\n"
        + "JPN,CM,2008,-1234.567891,tCO2e\n";

    [Fact]
    public void ReadsEveryUnit_AndWritesItBackExactly()
    {
        LulucfActivityData data = LulucfActivityCsv.Parse(Text, GwpSet.Sar).GetValueOrThrow();
        Assert.Equal(4, data.Count);
        Assert.Equal(ExactCo2e.FromFraction(-16_500_000, 3, GwpSet.Sar), data.GetNetEmissions(Jpn, LulucfActivity.ForestManagement, 2008));
        Assert.Equal(ExactCo2e.FromFraction(11, 3, GwpSet.Sar), data.GetNetEmissions(Jpn, LulucfActivity.Deforestation, 2008));
        var writer = new StringWriter();
        LulucfActivityCsv.Write(data, writer);
        Assert.Equal(Text, writer.ToString());
    }

    [Fact]
    public void HeaderErrors_AndDuplicates_AreReported()
    {
        Assert.Equal(LulucfErrorCode.MissingColumn, Assert.Single(LulucfActivityCsv.Parse("party,activity,year,quantity\nJPN,AR,2008,1\n", GwpSet.Sar).Errors).Code);
        LulucfParseResult duplicate = LulucfActivityCsv.Parse("unit,quantity,year,activity,party\ntCO2e,1,2008,AR,JPN\ntCO2e,2,2008,LULUCF-AR,JPN\n", GwpSet.Sar);
        LulucfParseError error = Assert.Single(duplicate.Errors);
        Assert.Equal((3, LulucfErrorCode.InvalidRecord), (error.Row, error.Code));
        Assert.Equal(LulucfErrorCode.InvalidYear, Assert.Single(LulucfActivityCsv.Parse("party,activity,year,quantity,unit\nJPN,AR,2031,1,tCO2e\n", GwpSet.Sar).Errors).Code);
        Assert.Equal(LulucfErrorCode.MalformedFile, Assert.Single(LulucfActivityCsv.Parse("party,activity,year,quantity,unit\n\"JPN,AR,2008,1,tCO2e\n", GwpSet.Sar).Errors).Code);
    }
}
