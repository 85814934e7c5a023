using System;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Sectors;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// Totals at the edges of their cell ranges (mutation testing, Stryker, December 2026, had no survivor list for these;
/// the tests pin the documented results): merges of different year ranges and Parties, equality and hashes that read
/// every cell up to the last Party, year and key, the range of <see cref="Co2e"/> on both sides, and the checks of
/// the aggregation's arguments.
/// </summary>
public class EmissionTotalsMutationKillTests
{
    private static readonly Party Deu = Party.FromCode("DEU");
    private static readonly Party Hun = Party.FromCode("HUN");
    private static readonly Party LastParty = Party.All[^1];

    [Fact]
    public void Merge_OfDifferentYearRangesAndParties_PutsEveryTotalInItsCell()
    {
        EmissionInventory a = new EmissionInventoryBuilder()
            .Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1m)
            .Add("DEU", 1992, Gas.Methane, Enteric, 2m)
            .Add(LastParty.Code, 1992, Gas.CarbonDioxide, Energy, 3m)
            .Build();
        EmissionInventory b = new EmissionInventoryBuilder()
            .Add("HUN", 1991, Gas.CarbonDioxide, Energy, 4m)
            .Add("DEU", 1995, Gas.NitrousOxide, Enteric, 5m)
            .Add("DEU", 1992, Gas.CarbonDioxide, Energy, 6m)
            .Build();
        foreach (EmissionBreakdown breakdown in Enum.GetValues<EmissionBreakdown>())
        {
            EmissionTotals ta = a.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded, breakdown);
            EmissionTotals tb = b.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded, breakdown);
            foreach (EmissionTotals merged in new[] { ta.Merge(tb), tb.Merge(ta) })
            {
                Assert.Equal(Sar(1m), merged.Get(Deu, 1990));
                Assert.Equal(Sar(4m), merged.Get(Hun, 1991));
                Assert.Equal(Sar((2m * 21) + 6m), merged.Get(Deu, 1992));
                Assert.Equal(Sar(3m), merged.Get(LastParty, 1992));
                Assert.Equal(Sar(5m * 310), merged.Get(Deu, 1995));
                Assert.Equal(new[] { 1990, 1992, 1995 }, merged.GetYears(Deu));
                Assert.Equal(new[] { 1991 }, merged.GetYears(Hun));
                Assert.False(merged.HasData(Deu, 1991));
                Assert.Equal(a.Merge(b).Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded, breakdown), merged);
                Assert.Equal(a.Merge(b).Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded, breakdown).GetHashCode(), merged.GetHashCode());
            }
        }
    }

    [Fact]
    public void Merge_WithEmptyTotals_IsTheOtherTotals()
    {
        EmissionTotals totals = new EmissionInventoryBuilder().Add("DEU", 2000, Gas.CarbonDioxide, Energy, 1m).Build().Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded);
        EmissionTotals empty = EmissionTotals.Empty(CommitmentPeriod.First, LulucfInclusion.Excluded);
        Assert.Equal(Sar(1m), empty.Merge(totals).Get(Deu, 2000));
        Assert.Equal(Sar(1m), totals.Merge(empty).Get(Deu, 2000));
        Assert.Equal(totals, empty.Merge(totals));
        Assert.Equal(empty, empty.Merge(empty));
        Assert.Empty(empty.Merge(empty).GetYears(Deu));
        Assert.Throws<ArgumentException>(() => totals.Merge(EmissionTotals.Empty(CommitmentPeriod.First, LulucfInclusion.Included)));
        Assert.Throws<ArgumentException>(() => totals.Merge(EmissionTotals.Empty(CommitmentPeriod.First, LulucfInclusion.Excluded, EmissionBreakdown.Gas)));
        Assert.Throws<ArgumentNullException>(() => totals.Merge(null!));
    }

    [Fact]
    public void Equality_ReadsEveryCell_UpToTheLastParty_Year_AndKey()
    {
        Gas lastGas = Gas.All.Last(g => CommitmentPeriod.Second.Includes(g) && (!g.IsReportedAsCo2e || g.ReportedAsCo2eUnder == GwpSet.Ar4));
        EmissionSource lastSource = EmissionSource.FromActivity(Enum.GetValues<LulucfActivity>().Max());
        EmissionSource firstSource = EmissionSource.FromCategory(SourceCategory.All[0]);
        Func<decimal, decimal, decimal, EmissionInventory> make = (lastYear, lastParty, lastKey) => new EmissionInventoryBuilder()
            .Add("DEU", 1990, Gas.CarbonDioxide, firstSource, 1m)
            .Add("DEU", 2000, Gas.CarbonDioxide, firstSource, lastYear)
            .Add(LastParty.Code, 1995, Gas.CarbonDioxide, firstSource, lastParty)
            .Add("HUN", 1995, lastGas, Halocarbons, lastKey)
            .Add("HUN", 1995, Gas.CarbonDioxide, lastSource, lastKey)
            .Build();
        EmissionInventory baseline = make(1m, 1m, 1m);
        foreach (EmissionBreakdown breakdown in Enum.GetValues<EmissionBreakdown>())
        {
            EmissionTotals expected = baseline.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included, breakdown);
            Assert.Equal(expected, make(1m, 1m, 1m).Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included, breakdown));
            Assert.NotEqual(expected, make(2m, 1m, 1m).Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included, breakdown));
            Assert.NotEqual(expected, make(1m, 2m, 1m).Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included, breakdown));
            if (breakdown != EmissionBreakdown.None)
            {
                // The two changed records are the last key of their breakdown; their sum changes in every breakdown but None.
                Assert.NotEqual(expected, make(1m, 1m, 2m).Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included, breakdown));
            }
        }

        EmissionTotals totals = baseline.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included);
        Assert.False(totals.Equals(null));
        Assert.False(totals.Equals((object)baseline));
        Assert.True(totals.Equals((object)baseline.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included)));
        Assert.NotEqual(totals, baseline.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded));
        Assert.NotEqual(totals, baseline.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included, EmissionBreakdown.Gas));
    }

    [Fact]
    public void YearsWithoutDataThatCount_DoNotChangeEqualityOrHash()
    {
        // NF3 is outside the first period's basket: its year widens the cell range with zeros but has no data.
        EmissionInventory plain = new EmissionInventoryBuilder().Add("DEU", 1995, Gas.CarbonDioxide, Energy, 1m).Add("HUN", 1996, Gas.Methane, Enteric, 1m).Build();
        EmissionInventory wider = EmissionInventory.Merge(new[]
        {
            new EmissionInventoryBuilder().Add("DEU", 1980, Gas.NitrogenTrifluoride, Halocarbons, 5m).Build(),
            plain,
            new EmissionInventoryBuilder().Add("HUN", 2010, Gas.NitrogenTrifluoride, Halocarbons, 5m).Build(),
        });
        foreach (EmissionBreakdown breakdown in Enum.GetValues<EmissionBreakdown>())
        {
            EmissionTotals a = plain.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded, breakdown);
            EmissionTotals b = wider.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded, breakdown);
            Assert.Equal(a, b);
            Assert.Equal(b, a);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.False(b.HasData(Deu, 1980));
            Assert.NotEqual(a, wider.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded, breakdown));
        }
    }

    [Fact]
    public void TotalsAtTheEdgesOfTheRangeOfCo2e_AreRead_AndOneGramBeyondThrows()
    {
        long max = InventoryRecord.MaxMagnitude(Gas.CarbonDioxide).Grams;
        Assert.Equal(long.MaxValue, max);
        EmissionSource fm = ForestManagement;
        EmissionTotals totals = new EmissionInventoryBuilder()
            .Add(Deu, 1990, Gas.CarbonDioxide, Energy, GasMass.FromGrams(max))
            .Add(Deu, 1991, Gas.CarbonDioxide, fm, GasMass.FromGrams(-max))
            .Add(Deu, 1992, Gas.CarbonDioxide, fm, GasMass.FromGrams(-max))
            .Add(Deu, 1992, Gas.CarbonDioxide, fm, GasMass.FromGrams(-1))
            .Build()
            .Aggregate(CommitmentPeriod.First, LulucfInclusion.Included);
        Assert.Equal(long.MaxValue, totals.Get(Deu, 1990).Grams);
        Assert.Equal(-long.MaxValue, totals.Get(Deu, 1991).Grams);
        Assert.True(totals.TryGet(Deu, 1991, out Co2e total));
        Assert.Equal(-long.MaxValue, total.Grams);
        Assert.Throws<OverflowException>(() => totals.Get(Deu, 1992));
        Assert.Throws<OverflowException>(() => totals.TryGet(Deu, 1992, out _));
    }

    [Fact]
    public void TotalsOverPartiesYearsAndKeys_AddEveryCellOfTheirColumn()
    {
        EmissionInventory inventory = new EmissionInventoryBuilder()
            .Add("DEU", 2013, Gas.CarbonDioxide, Energy, 1m)
            .Add("DEU", 2020, Gas.Methane, Enteric, 2m)
            .Add("HUN", 2015, Gas.Methane, Enteric, 3m)
            .Add(LastParty.Code, 2020, Gas.Methane, EmissionSource.FromCode("4.B"), 4m)
            .Add(LastParty.Code, 2020, Gas.NitrogenTrifluoride, Halocarbons, 1m)
            .Add("DEU", 2014, Gas.CarbonDioxide, Deforestation, 10m)
            .Build();
        EmissionTotals byGas = inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included, EmissionBreakdown.Gas);
        Assert.Equal(Ar4(11m), byGas.GetTotal(Gas.CarbonDioxide));
        Assert.Equal(Ar4(9m * 25), byGas.GetTotal(Gas.Methane));
        Assert.Equal(Ar4(17_200m), byGas.GetTotal(Gas.NitrogenTrifluoride));
        Assert.Equal(Ar4(4m * 25), byGas.Get(LastParty, 2020, Gas.Methane));

        EmissionTotals bySource = inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included, EmissionBreakdown.Source);
        Assert.Equal(Ar4(9m * 25), bySource.GetTotal(Sector.Agriculture));
        Assert.Equal(Ar4(1m), bySource.GetTotal(Sector.Energy));
        Assert.Equal(Ar4(4m * 25), bySource.Get(LastParty, 2020, Sector.Agriculture));
        Assert.Equal(Ar4(17_200m), bySource.Get(LastParty, 2020, Halocarbons));
        Assert.Equal(Ar4(10m), bySource.Get(Deu, 2014, Deforestation));
        Assert.Equal(Ar4((4m * 25) + 17_200m), bySource.Get(LastParty, 2020));

        EmissionTotals none = inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included);
        Assert.Throws<ArgumentException>(() => none.GetPeriodTotal(Deu, CommitmentPeriod.Second));
        var builder = new EmissionInventoryBuilder();
        for (int year = 2013; year <= 2020; year++)
        {
            builder.Add("HUN", year, Gas.CarbonDioxide, Energy, year - 2012);
        }

        Assert.Equal(Ar4(36m), builder.Build().Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded, EmissionBreakdown.Gas).GetPeriodTotal(Hun, CommitmentPeriod.Second));
    }

    [Fact]
    public void ReadingOutsideTheData_OrWithAnotherBreakdown_IsAnError()
    {
        EmissionTotals byGas = new EmissionInventoryBuilder().Add(LastParty.Code, InventoryRecord.MaxYear, Gas.CarbonDioxide, Energy, 1m).Add("DEU", InventoryRecord.MinYear, Gas.CarbonDioxide, Energy, 1m).Build()
            .Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded, EmissionBreakdown.Gas);
        Assert.True(byGas.HasData(LastParty, InventoryRecord.MaxYear));
        Assert.True(byGas.HasData(Deu, InventoryRecord.MinYear));
        Assert.False(byGas.HasData(LastParty, InventoryRecord.MaxYear + 1));
        Assert.False(byGas.HasData(Deu, InventoryRecord.MinYear - 1));
        Assert.False(byGas.HasData(Party.All[0], InventoryRecord.MinYear - 1));
        Assert.Equal("year", Assert.Throws<ArgumentException>(() => byGas.Get(Deu, InventoryRecord.MaxYear, Gas.CarbonDioxide)).ParamName);
        Assert.Throws<ArgumentNullException>(() => byGas.Get(Deu, InventoryRecord.MinYear, (Gas)null!));
        Assert.Throws<ArgumentNullException>(() => byGas.HasData(null!, 1990));
        Assert.Throws<InvalidOperationException>(() => byGas.Get(Deu, InventoryRecord.MinYear, Energy));
        Assert.Throws<InvalidOperationException>(() => byGas.GetTotal(Sector.Energy));
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => byGas.Get(Deu, InventoryRecord.MinYear, default(EmissionSource))).ParamName);
        EmissionTotals bySource = new EmissionInventoryBuilder().Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1m).Build().Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded, EmissionBreakdown.Source);
        Assert.Throws<InvalidOperationException>(() => bySource.GetTotal(Gas.CarbonDioxide));
        Assert.Throws<InvalidOperationException>(() => bySource.Get(Deu, 1990, Gas.CarbonDioxide));
        Assert.Equal(Sar(1m), bySource.Get(Deu, 1990, Energy));
    }

    [Fact]
    public void Aggregate_ChecksItsArguments()
    {
        EmissionInventory inventory = new EmissionInventoryBuilder().Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1m).Build();
        Assert.Equal("lulucf", Assert.Throws<ArgumentOutOfRangeException>(() => inventory.Aggregate(CommitmentPeriod.First, (LulucfInclusion)3)).ParamName);
        Assert.Equal("lulucf", Assert.Throws<ArgumentOutOfRangeException>(() => inventory.Aggregate(CommitmentPeriod.First, (LulucfInclusion)0)).ParamName);
        Assert.Equal("breakdown", Assert.Throws<ArgumentOutOfRangeException>(() => inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded, (EmissionBreakdown)3)).ParamName);
        Assert.Equal("breakdown", Assert.Throws<ArgumentOutOfRangeException>(() => inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded, (EmissionBreakdown)(-1))).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => inventory.Aggregate(null!, LulucfInclusion.Excluded)).ParamName);
        Assert.Equal(Sar(1m), inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Included, EmissionBreakdown.Source, 1).Get(Deu, 1990));
        Assert.Equal(Sar(1m), Aggregation.Run(inventory, CommitmentPeriod.First, LulucfInclusion.Excluded, EmissionBreakdown.None, 3, 0).Get(Deu, 1990));
        EmissionTotals empty = EmissionInventory.Empty.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included, EmissionBreakdown.Source);
        Assert.Equal((CommitmentPeriod.Second, GwpSet.Ar4, LulucfInclusion.Included, EmissionBreakdown.Source), (empty.Period, empty.GwpSet, empty.Lulucf, empty.Breakdown));
        Assert.Equal(EmissionTotals.Empty(CommitmentPeriod.Second, LulucfInclusion.Included, EmissionBreakdown.Source), empty);
    }

    private static Co2e Sar(decimal tonnes) => Co2e.FromTonnes(tonnes, GwpSet.Sar);

    private static Co2e Ar4(decimal tonnes) => Co2e.FromTonnes(tonnes, GwpSet.Ar4);
}
