using System;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Gases;

/// <summary>
/// Records already CO2-equivalent under a stated GWP set (unspecified mixes of HFCs/PFCs, decision 24/CP.19 annex I)
/// aggregate only under their own set (Art. 5.3); any conversion to another set is an error, never a silent drop or mix.
/// </summary>
public class ReportedCo2eMixTests
{
    private static readonly Party Deu = Party.FromCode("DEU");

    [Theory]
    [InlineData("HFC-mix-AR4", "AR4", GasGroup.Hydrofluorocarbons)]
    [InlineData("PFC-mix-AR4", "AR4", GasGroup.Perfluorocarbons)]
    [InlineData("HFC-PFC-mix-AR4", "AR4", GasGroup.Hydrofluorocarbons)]
    [InlineData("hfc pfc mix sar", "SAR", GasGroup.Hydrofluorocarbons)]
    [InlineData("PFC-mix-SAR", "SAR", GasGroup.Perfluorocarbons)]
    public void MixEntries_AreFoundByCode_AndStateTheirSet(string code, string set, GasGroup group)
    {
        Gas mix = Gas.FromCode(code);
        Assert.True(mix.IsReportedAsCo2e);
        Assert.Equal(GwpSet.FromName(set), mix.ReportedAsCo2eUnder);
        Assert.Equal(group, mix.Group);
        Assert.True(mix.IsArticle3Point8Gas);
        Assert.Equal(1, mix.ReportedAsCo2eUnder!.GetValue(mix));
    }

    [Fact]
    public void Species_AreNotReportedAsCo2e()
    {
        Assert.All(Gas.All.Where(g => g.Formula != "(mix)"), g => Assert.Null(g.ReportedAsCo2eUnder));
        Assert.Equal(6, Gas.All.Count(g => g.IsReportedAsCo2e));
    }

    [Fact]
    public void ConvertingAMixToAnotherSet_Throws_NamingBothSetsAndTheRule()
    {
        Gas mix = Gas.FromCode("HFC-mix-AR4");
        Assert.False(GwpSet.Sar.Contains(mix));
        var ex = Assert.Throws<GwpSetMismatchException>(() => GwpSet.Sar.ToCo2e(mix, GasMass.FromTonnes(5m)));
        Assert.Equal(GwpSet.Sar, ex.Expected);
        Assert.Equal(GwpSet.Ar4, ex.Actual);
        Assert.Contains("Art. 5.3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("24/CP.19", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Co2e.FromTonnes(5m, GwpSet.Ar4), GwpSet.Ar4.ToCo2e(mix, GasMass.FromTonnes(5m)));
    }

    [Fact]
    public void AnAr4Mix_AggregatesOneToOne_UnderTheSecondPeriod()
    {
        EmissionInventory inventory = new EmissionInventoryBuilder()
            .Add("DEU", 2013, Gas.CarbonDioxide, Energy, 1000m)
            .Add("DEU", 2013, Gas.FromCode("HFC-PFC-mix-AR4"), Halocarbons, 12.5m)
            .Build();
        EmissionTotals totals = inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded, EmissionBreakdown.Gas);
        Assert.Equal(Co2e.FromTonnes(1012.5m, GwpSet.Ar4), totals.Get(Deu, 2013));
        Assert.Equal(Co2e.FromTonnes(12.5m, GwpSet.Ar4), totals.Get(Deu, 2013, Gas.FromCode("HFC-PFC-mix-AR4")));
    }

    // Regression test: before the check, the AR4 mix had no SAR value and was left out of the first period's totals
    // without a word (1000 t instead of an error).
    [Fact]
    public void AnAr4Mix_UnderTheFirstPeriod_Throws_InsteadOfBeingDroppedSilently()
    {
        EmissionInventory inventory = new EmissionInventoryBuilder()
            .Add("DEU", 2010, Gas.CarbonDioxide, Energy, 1000m)
            .Add("DEU", 2010, Gas.FromCode("HFC-mix-AR4"), Halocarbons, 3m)
            .Build();
        var ex = Assert.Throws<GwpSetMismatchException>(() => inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded));
        Assert.Equal(GwpSet.Sar, ex.Expected);
        Assert.Equal(GwpSet.Ar4, ex.Actual);
        Assert.Contains("HFC-mix-AR4", ex.Message, StringComparison.Ordinal);
        Assert.Contains("DEU 2010", ex.Message, StringComparison.Ordinal);
        Assert.Throws<GwpSetMismatchException>(() => BaseYearEmissions.Calculate(
            inventory, Deu, CommitmentPeriod.First, BaseYearOptions.FromReferenceData.WithBaseYear(BaseYear.Of(2010)).WithLandUseNotANetSource()));
    }

    [Fact]
    public void ASarMix_UnderTheSecondPeriod_Throws()
    {
        EmissionInventory inventory = new EmissionInventoryBuilder()
            .Add("DEU", 2013, Gas.FromCode("PFC-mix-SAR"), Halocarbons, 3m)
            .Build();
        Assert.Throws<GwpSetMismatchException>(() => inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included, EmissionBreakdown.Source));
    }

    [Fact]
    public void MixRecords_RoundTripThroughCsv()
    {
        const string Text = "party,year,gas,source,mass_t\nDEU,2013,HFC-mix-AR4,2.F,1234.5\n";
        EmissionInventory inventory = InventoryCsv.Parse(Text).GetValueOrThrow();
        var writer = new System.IO.StringWriter();
        InventoryCsv.Write(inventory, writer);
        Assert.Equal(Text, writer.ToString());
    }
}
