using System;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Accounting;

public class CollectiveProgressTests
{
    private static readonly BaseYearOptions Options = BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);

    private static EmissionInventory Data()
    {
        // Base years: DEU 1000 t (1990), HUN 600 t (average 1985–1987). Period emissions: DEU 900 t/yr, HUN 610 t/yr.
        var builder = new EmissionInventoryBuilder()
            .Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1000m)
            .Add("DEU", 1995, Gas.CarbonDioxide, Energy, 1m)
            .Add("HUN", 1985, Gas.CarbonDioxide, Energy, 500m)
            .Add("HUN", 1986, Gas.CarbonDioxide, Energy, 600m)
            .Add("HUN", 1987, Gas.CarbonDioxide, Energy, 700m);
        for (int year = 2008; year <= 2012; year++)
        {
            builder.Add("DEU", year, Gas.CarbonDioxide, Energy, 900m).Add("HUN", year, Gas.CarbonDioxide, Energy, 610m);
        }

        return builder.Build();
    }

    [Fact]
    public void ForPeriod_ComparesThePeriodWithFiveBaseYears()
    {
        EmissionInventory data = Data();
        BaseYearEmissions[] baseYears =
        {
            BaseYearEmissions.Calculate(data, Party.FromCode("DEU"), CommitmentPeriod.First, BaseYearOptions.FromReferenceData.WithLandUseNotANetSource()),
            BaseYearEmissions.Calculate(data, Party.FromCode("HUN"), CommitmentPeriod.First, Options),
        };
        var progress = CollectiveProgress.ForPeriod(baseYears, data.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded));

        // Base 1600 t/yr × 5 = 8000 t; emissions 1510 × 5 = 7550 t; change −450 t = −5.625 %.
        Assert.Equal(ExactCo2e.From(Co2e.FromTonnes(8000m, GwpSet.Sar)), progress.BaseLevel);
        Assert.Equal(ExactCo2e.From(Co2e.FromTonnes(-450m, GwpSet.Sar)), progress.Change);
        Assert.True(progress.IsAtLeastBelow(5m));
        Assert.True(progress.IsAtLeastBelow(5.625m));
        Assert.False(progress.IsAtLeastBelow(5.626m));
    }

    [Fact]
    public void ForYear_NeedsTheYearForEveryParty()
    {
        EmissionInventory data = Data();
        BaseYearEmissions deu = BaseYearEmissions.Calculate(data, Party.FromCode("DEU"), CommitmentPeriod.First, BaseYearOptions.FromReferenceData.WithLandUseNotANetSource());
        var progress = CollectiveProgress.ForYear(new[] { deu }, data.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded), 2010);
        Assert.Equal(ExactCo2e.From(Co2e.FromTonnes(-100m, GwpSet.Sar)), progress.Change);
        Assert.Throws<ArgumentException>(() => CollectiveProgress.ForYear(new[] { deu }, data.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded), 2013));
        Assert.Throws<ArgumentException>(() => CollectiveProgress.ForYear(new[] { deu, deu }, data.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded), 2010));
        Assert.Throws<ArgumentException>(() => CollectiveProgress.ForYear(Array.Empty<BaseYearEmissions>(), data.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded), 2010));
    }
}
