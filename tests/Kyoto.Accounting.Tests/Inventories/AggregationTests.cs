using System;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Inventories;

public class AggregationTests
{
    private static readonly Party Deu = Party.FromCode("DEU");

    // 1000 t CO2 + 10 t CH4 + 1 t NF3 from sources, 100 t CO2 from deforestation, −40 t from forest management.
    private static readonly EmissionInventory Sample = new EmissionInventoryBuilder()
        .Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1000m)
        .Add("DEU", 1990, Gas.Methane, Enteric, 10m)
        .Add("DEU", 1990, Gas.NitrogenTrifluoride, Halocarbons, 1m)
        .Add("DEU", 1990, Gas.CarbonDioxide, Deforestation, 100m)
        .Add("DEU", 1990, Gas.CarbonDioxide, ForestManagement, -40m)
        .Build();

    [Fact]
    public void FirstPeriod_UsesSar_AndLeavesNf3OutOfTheBasket()
    {
        EmissionTotals totals = Sample.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded);
        Assert.Equal(Co2e.FromTonnes(1000m + (10m * 21), GwpSet.Sar), totals.Get(Deu, 1990));
    }

    [Fact]
    public void SecondPeriod_UsesAr4_AndCountsNf3()
    {
        EmissionTotals totals = Sample.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded);
        Assert.Equal(Co2e.FromTonnes(1000m + (10m * 25) + 17_200m, GwpSet.Ar4), totals.Get(Deu, 1990));
    }

    [Fact]
    public void AYearWhoseRecordsDoNotCount_HasNoData_RatherThanZero()
    {
        EmissionInventory inventory = new EmissionInventoryBuilder()
            .Add("DEU", 1991, Gas.NitrogenTrifluoride, Halocarbons, 1m)
            .Add("DEU", 1992, Gas.CarbonDioxide, Deforestation, 100m)
            .Build();
        EmissionTotals firstWithoutLulucf = inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded);
        Assert.False(firstWithoutLulucf.HasData(Deu, 1991));
        Assert.False(firstWithoutLulucf.HasData(Deu, 1992));
        Assert.Equal("year", Assert.Throws<ArgumentException>(() => firstWithoutLulucf.Get(Deu, 1991)).ParamName);
        Assert.True(inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded).HasData(Deu, 1991));
        Assert.True(inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Included).HasData(Deu, 1992));
    }

    [Fact]
    public void Lulucf_IsCountedOnlyWhenIncluded()
    {
        Co2e without = Sample.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded).Get(Deu, 1990);
        Co2e with = Sample.Aggregate(CommitmentPeriod.First, LulucfInclusion.Included).Get(Deu, 1990);
        Assert.Equal(Co2e.FromTonnes(60m, GwpSet.Sar), with - without);
    }

    [Fact]
    public void ByGas_BySource_AndBySector()
    {
        EmissionTotals byGas = Sample.Aggregate(CommitmentPeriod.First, LulucfInclusion.Included, EmissionBreakdown.Gas);
        Assert.Equal(Co2e.FromTonnes(1060m, GwpSet.Sar), byGas.Get(Deu, 1990, Gas.CarbonDioxide));
        Assert.Equal(Co2e.FromTonnes(210m, GwpSet.Sar), byGas.GetTotal(Gas.Methane));
        Assert.Equal(Co2e.Zero, byGas.Get(Deu, 1990, Gas.NitrogenTrifluoride));

        EmissionTotals bySource = Sample.Aggregate(CommitmentPeriod.First, LulucfInclusion.Included, EmissionBreakdown.Source);
        Assert.Equal(Co2e.FromTonnes(-40m, GwpSet.Sar), bySource.Get(Deu, 1990, ForestManagement));
        Assert.Equal(Co2e.FromTonnes(1000m, GwpSet.Sar), bySource.Get(Deu, 1990, Sector.Energy));
        Assert.Equal(Co2e.FromTonnes(210m, GwpSet.Sar), bySource.GetTotal(Sector.Agriculture));
        Assert.Equal(byGas.Get(Deu, 1990), bySource.Get(Deu, 1990));
    }

    [Fact]
    public void AYearOutsideTheData_IsAnError_NotZero()
    {
        EmissionTotals totals = Sample.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded);
        var ex = Assert.Throws<ArgumentException>(() => totals.Get(Deu, 1991));
        Assert.Contains("no records of DEU for 1991", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1990", ex.Message, StringComparison.Ordinal);
        Assert.False(totals.TryGet(Deu, 1991, out _));
        Assert.Throws<ArgumentException>(() => totals.Get(Party.FromCode("HUN"), 1990));
        Assert.Throws<ArgumentException>(() => totals.GetPeriodTotal(Deu, CommitmentPeriod.First));
    }

    [Fact]
    public void PeriodTotal_SumsEveryYearOfThePeriod()
    {
        var builder = new EmissionInventoryBuilder();
        for (int year = 2008; year <= 2012; year++)
        {
            builder.Add("DEU", year, Gas.CarbonDioxide, Energy, year - 2000);
        }

        EmissionTotals totals = builder.Build().Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded);
        Assert.Equal(Co2e.FromTonnes(8m + 9 + 10 + 11 + 12, GwpSet.Sar), totals.GetPeriodTotal(Deu, CommitmentPeriod.First));
    }

    [Fact]
    public void ReadingAnotherBreakdown_OrMergingAnotherPeriod_IsAnError()
    {
        EmissionTotals totals = Sample.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded);
        Assert.Throws<InvalidOperationException>(() => totals.Get(Deu, 1990, Gas.CarbonDioxide));
        Assert.Throws<InvalidOperationException>(() => totals.Get(Deu, 1990, Sector.Energy));
        var ex = Assert.Throws<ArgumentException>(() => totals.Merge(Sample.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded)));
        Assert.Equal("other", ex.ParamName);
    }

    [Fact]
    public void PartialSumsBeyond64Bits_FallBackToExactArithmetic()
    {
        // Two records whose partial sum overflows 64-bit grams, then a net removal brings the total back in range.
        long max = InventoryRecord.MaxMagnitude(Gas.CarbonDioxide).Grams;
        var builder = new EmissionInventoryBuilder();
        builder.Add(Deu, 1990, Gas.CarbonDioxide, Deforestation, Kyoto.Accounting.Quantities.GasMass.FromGrams(max));
        builder.Add(Deu, 1990, Gas.CarbonDioxide, Deforestation, Kyoto.Accounting.Quantities.GasMass.FromGrams(max));
        builder.Add(Deu, 1990, Gas.CarbonDioxide, ForestManagement, Kyoto.Accounting.Quantities.GasMass.FromGrams(-max));
        EmissionTotals totals = builder.Build().Aggregate(CommitmentPeriod.First, LulucfInclusion.Included);
        Assert.Equal(max, totals.Get(Deu, 1990).Grams);
    }

    [Fact]
    public void ATotalBeyondTheRangeOfCo2e_Throws()
    {
        long max = InventoryRecord.MaxMagnitude(Gas.CarbonDioxide).Grams;
        var builder = new EmissionInventoryBuilder();
        builder.Add(Deu, 1990, Gas.CarbonDioxide, Energy, Kyoto.Accounting.Quantities.GasMass.FromGrams(max));
        builder.Add(Deu, 1990, Gas.CarbonDioxide, Energy, Kyoto.Accounting.Quantities.GasMass.FromGrams(1));
        EmissionTotals totals = builder.Build().Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded);
        Assert.Throws<OverflowException>(() => totals.Get(Deu, 1990));
    }
}
