using System;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.ReferenceData;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Accounting;

/// <summary>Regression tests for the accounting findings of the December 2026 rules audit (probes P1.2–P1.7).</summary>
public class RulesAuditAccountingTests
{
    private static readonly Party Hrv = Party.FromCode("HRV");
    private static readonly TonneRounding Near = TonneRounding.NearestHalfAwayFromZero;

    [Fact]
    public void F1_CroatiasKyotoBaseYear_NeverIncludesThe3Point5MtOfDecision7CP12()
    {
        // 148,778,503 t (2013/644/EU) = 95 % × 5 × 31,321,790.1 t: the base year without the Convention-only 3.5 Mt.
        var inventory = new EmissionInventoryBuilder().Add("HRV", 1990, Gas.CarbonDioxide, Energy, 31_321_790.1m).Build();
        var options = BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);
        BaseYearEmissions baseYear = BaseYearEmissions.Calculate(inventory, Hrv, CommitmentPeriod.First, options);
        Assert.Equal(Tonnes(31_321_790.1m, GwpSet.Sar), baseYear.Total);
        Assert.Equal(148_778_503L, AssignedAmount.Calculate(baseYear, Near).RecordedTonnes);
    }

    [Fact]
    public void F1_CroatiasFirstPeriodLevel_IsARecordedLevel()
    {
        Assert.True(RecordedEmissionLevel.TryGetEuFirstPeriod(Hrv, out RecordedEmissionLevel? level));
        Assert.Equal(148_778_503L, level.Tonnes);
        Assert.Equal(95m, level.CommitmentPercent);
        Assert.Contains("2013/644/EU", level.Source, StringComparison.Ordinal);
        Assert.False(JointFulfilment.EuFirstPeriod.IsMember(Hrv)); // recorded with the EU's levels, never part of the EU-15 bubble
        using var reader = new System.IO.StreamReader(ReferenceTable.Parties.OpenRead());
        string croatiaRow = reader.ReadToEnd().Split('\n').Single(l => l.StartsWith("HRV,", StringComparison.Ordinal));
        Assert.Contains("Convention only", croatiaRow, StringComparison.Ordinal);
    }

    [Fact]
    public void F2_OnlyDeforestationIsAdded_NotAfforestationRemovals()
    {
        // 1990: CRF category 4 a net source of 7 Mt (deforestation +10 Mt, afforestation −3 Mt): 10 Mt are added, not 7 Mt.
        var inventory = new EmissionInventoryBuilder().Add("AUS", 1990, Gas.CarbonDioxide, Energy, 100_000_000m).Build();
        var options = BaseYearOptions.FromReferenceData.WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear)
            .WithLandUse(1990, Co2e.FromTonnes(7_000_000L, GwpSet.Sar), Co2e.FromTonnes(10_000_000L, GwpSet.Sar));
        BaseYearEmissions cp1 = BaseYearEmissions.Calculate(inventory, Party.FromCode("AUS"), CommitmentPeriod.First, options);
        Assert.True(cp1.LandUseWasANetSource);
        Assert.Equal(Tonnes(10_000_000m, GwpSet.Sar), cp1.LandUseChange);
        Assert.Equal(Tonnes(110_000_000m, GwpSet.Sar), cp1.Total);
        Assert.Equal(Tonnes(100_000_000m, GwpSet.Sar), cp1.ExcludingLandUseChange);
    }

    [Fact]
    public void F3_TheNetSourceTest_IsOnTheConventionSector_NeverOnKyotoActivityRecords()
    {
        // Kyoto activity records (deforestation +10 Mt, forest management −20 Mt) no longer decide anything: without
        // stated figures the calculation refuses, and the stated CRF category 4 total decides.
        var inventory = new EmissionInventoryBuilder()
            .Add("AUS", 1990, Gas.CarbonDioxide, Energy, 100_000_000m)
            .Add("AUS", 1990, Gas.CarbonDioxide, Deforestation, 10_000_000m)
            .Add("AUS", 1990, Gas.CarbonDioxide, ForestManagement, -20_000_000m)
            .Build();
        var options = BaseYearOptions.FromReferenceData.WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);
        var ex = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, Party.FromCode("AUS"), CommitmentPeriod.First, options));
        Assert.Contains("CRF category 4", ex.Message, StringComparison.Ordinal);

        BaseYearEmissions source = BaseYearEmissions.Calculate(inventory, Party.FromCode("AUS"), CommitmentPeriod.First, options.WithLandUse(1990, Co2e.FromTonnes(4_000_000L, GwpSet.Sar), Co2e.FromTonnes(10_000_000L, GwpSet.Sar)));
        Assert.Equal(Tonnes(10_000_000m, GwpSet.Sar), source.LandUseChange);
        BaseYearEmissions sink = BaseYearEmissions.Calculate(inventory, Party.FromCode("AUS"), CommitmentPeriod.First, options.WithLandUse(1990, Co2e.FromTonnes(-1L, GwpSet.Sar), Co2e.FromTonnes(10_000_000L, GwpSet.Sar)));
        Assert.False(sink.LandUseWasANetSource);
        Assert.Equal(ExactCo2e.Zero, sink.LandUseChange);
    }

    [Fact]
    public void F13_SecondPeriod_UsesTheBasePeriodOfAnEit()
    {
        // Hungary, CP2: the base period 1985–1987 (deforestation 8 Mt a year) — not 1990 (5 Mt) — decides and is added.
        var builder = new EmissionInventoryBuilder();
        foreach (int year in new[] { 1985, 1986, 1987, 1990 })
        {
            builder.Add("HUN", year, Gas.CarbonDioxide, Energy, 100_000_000m);
        }

        var options = BaseYearOptions.FromReferenceData.WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear).WithNitrogenTrifluorideBaseYear(GasBaseYearChoice.PartyBaseYear);
        Co2e Ar4(long t) => Co2e.FromTonnes(t, GwpSet.Ar4);
        BaseYearOptions period = options.WithLandUse(1985, Ar4(1_000_000), Ar4(8_000_000)).WithLandUse(1986, Ar4(1_000_000), Ar4(8_000_000)).WithLandUse(1987, Ar4(-500_000), Ar4(8_000_000));
        BaseYearEmissions hun = BaseYearEmissions.Calculate(builder.Build(), Party.FromCode("HUN"), CommitmentPeriod.Second, period);
        Assert.Equal(Tonnes(8_000_000m, GwpSet.Ar4), hun.LandUseChange);

        var ex = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(builder.Build(), Party.FromCode("HUN"), CommitmentPeriod.Second, options.WithLandUse(1990, Ar4(1), Ar4(5_000_000))));
        Assert.Contains("1985–1987", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D1_TheJointAmountRule_CitesTheEuIcelandAgreement_NotDecision2Cmp11()
    {
        var aa = AssignedAmount.Calculate(Party.FromCode("DEU"), CommitmentPeriod.Second, Tonnes(1000m, GwpSet.Ar4), 80m, Near);
        Co2e one = Co2e.FromTonnes(1m, GwpSet.Ar4);
        var ex = Assert.Throws<ArgumentException>(() => Article37TerCancellation.Calculate(aa, one, one, one, Near));
        Assert.Contains("OJ L 207/17", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2/CMP.11", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D3_Article37Ter_OptionB_TakesAStatedAverageOverTheAssignedAmountsScope()
    {
        // Norway: AA 84 % × 1,000 × 8 = 6,720. Option (a) from three years (700, 800, 900 → 800 × 8 = 6,400): 320.
        // Option (b), a stated average of 810 including deforestation (× 8 = 6,480): 240.
        var aa = AssignedAmount.Calculate(Party.FromCode("NOR"), CommitmentPeriod.Second, Tonnes(1000m, GwpSet.Ar4), Near);
        var optionA = Article37TerCancellation.Calculate(aa, Co2e.FromTonnes(700m, GwpSet.Ar4), Co2e.FromTonnes(800m, GwpSet.Ar4), Co2e.FromTonnes(900m, GwpSet.Ar4), Near);
        Assert.Equal(Article37TerAverageBasis.AnnexAGasesAndSources, optionA.Basis);
        Assert.Equal(320, optionA.CancellationTonnes);
        var optionB = Article37TerCancellation.CalculateFromStatedAverage(aa, Tonnes(810m, GwpSet.Ar4), Near);
        Assert.Equal(Article37TerAverageBasis.SameScopeAsAssignedAmount, optionB.Basis);
        Assert.Equal(240, optionB.CancellationTonnes);
        Assert.Throws<GwpSetMismatchException>(() => Article37TerCancellation.CalculateFromStatedAverage(aa, Tonnes(810m, GwpSet.Sar), Near));
        Assert.Throws<ArgumentOutOfRangeException>(() => Article37TerCancellation.CalculateFromStatedAverage(aa, Tonnes(-1m, GwpSet.Ar4), Near));
    }

    [Fact]
    public void RecordedAssignedAmount_IsAFirstClassInput_ForTheReserveAndArticle37Ter()
    {
        // New Zealand's recorded CP1 amount and its official reserve (278,608,260 t) without any base year.
        AssignedAmount nz = AssignedAmount.FromRecorded(Party.FromCode("NZL"), CommitmentPeriod.First, 309_564_733, "initial review report (CAD)");
        Assert.True(nz.IsRecorded);
        Assert.Null(nz.BaseYearEmissions);
        Assert.Null(nz.QelrcPercent);
        Assert.Null(nz.Rounding);
        Assert.Equal(Tonnes(309_564_733m, GwpSet.Sar), nz.Exact);
        Assert.Equal(278_608_260, CommitmentPeriodReserve.Calculate(nz, Co2e.FromTonnes(80_000_000L, GwpSet.Sar), CommitmentPeriodReserve.DefaultRounding).Tonnes);
        Assert.Contains("recorded", nz.ToString(), StringComparison.Ordinal);

        AssignedAmount nor = AssignedAmount.FromRecorded(Party.FromCode("NOR"), CommitmentPeriod.Second, 336_000_000, "CAD");
        Co2e avg = Co2e.FromTonnes(35_000_000L, GwpSet.Ar4);
        Assert.Equal(56_000_000, Article37TerCancellation.Calculate(nor, avg, avg, avg, Near).CancellationTonnes);

        // Joint members and the EU have recorded amounts in CP2; a Party without a commitment has none.
        Assert.True(AssignedAmount.FromRecorded(Party.FromCode("EUU"), CommitmentPeriod.Second, 1, "CAD").IsRecorded);
        Assert.Equal("party", Assert.Throws<ArgumentException>(() => AssignedAmount.FromRecorded(Party.FromCode("JPN"), CommitmentPeriod.Second, 1, "CAD")).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => AssignedAmount.FromRecorded(Party.FromCode("NOR"), CommitmentPeriod.Second, 1, " ")).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => AssignedAmount.FromRecorded(Party.FromCode("NOR"), CommitmentPeriod.Second, -1, "CAD"));
        Assert.False(AssignedAmount.Calculate(Party.FromCode("NOR"), CommitmentPeriod.Second, Tonnes(1m, GwpSet.Ar4), Near).IsRecorded);
    }

    [Fact]
    public void D2_CollectiveProgress_OffersTheLiteral1990Reading_BesideTheBaseYearOne()
    {
        // Hungary: 1985–1987 = 120 t a year (its base period), 1990 = 100 t, 2008–2012 = 100 t a year.
        var builder = new EmissionInventoryBuilder();
        foreach (int year in new[] { 1985, 1986, 1987 })
        {
            builder.Add("HUN", year, Gas.CarbonDioxide, Energy, 120m);
        }

        builder.Add("HUN", 1990, Gas.CarbonDioxide, Energy, 100m);
        for (int year = 2008; year <= 2012; year++)
        {
            builder.Add("HUN", year, Gas.CarbonDioxide, Energy, 100m);
        }

        EmissionInventory inventory = builder.Build();
        EmissionTotals totals = inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded);
        var options = BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);
        var baseYears = CollectiveProgress.ForPeriod(new[] { BaseYearEmissions.Calculate(inventory, Party.FromCode("HUN"), CommitmentPeriod.First, options) }, totals);
        Assert.Equal(CollectiveProgressReference.BaseYears, baseYears.Reference);
        Assert.True(baseYears.IsAtLeastBelow(5m)); // −16.7 % against the base period

        var literal = CollectiveProgress.Against1990ForPeriod(new[] { Party.FromCode("HUN") }, totals);
        Assert.Equal(CollectiveProgressReference.Year1990, literal.Reference);
        Assert.Equal(Tonnes(500m, GwpSet.Sar), literal.BaseLevel);
        Assert.Equal(ExactCo2e.Zero, literal.Change);
        Assert.False(literal.IsAtLeastBelow(5m)); // 0 % against 1990 levels
        Assert.Throws<ArgumentException>(() => CollectiveProgress.Against1990ForPeriod(new[] { Party.FromCode("HUN"), Party.FromCode("HUN") }, totals));
        Assert.Throws<ArgumentException>(() => CollectiveProgress.Against1990ForYear(new[] { Party.FromCode("DEU") }, totals, 2008));
    }
}
