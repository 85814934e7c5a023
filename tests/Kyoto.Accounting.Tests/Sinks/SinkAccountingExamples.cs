using System;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;
using Kyoto.Accounting.Sinks;
using Xunit;
using static Kyoto.Accounting.Tests.Sinks.SinkTestData;

namespace Kyoto.Accounting.Tests.Sinks;

public class SinkAccountingExamples
{
    private static readonly CommitmentPeriod Cp1 = CommitmentPeriod.First;
    private static readonly CommitmentPeriod Cp2 = CommitmentPeriod.Second;

    [Fact]
    public void Japan_AtItsForestManagementCap_Gets13MtC_Times44Over12_Times5_Exactly()
    {
        // FM removals of 100 Mt CO2/yr exceed the cap; AR and D are zero, so no ¶10 offset.
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Sar)
            .Every(Jpn, Cp1, LulucfActivity.AfforestationAndReforestation, 0m)
            .Every(Jpn, Cp1, LulucfActivity.Deforestation, 0m)
            .Every(Jpn, Cp1, LulucfActivity.ForestManagement, -100_000_000m)
            .Build();
        SinkAccountingResult result = SinkAccounting.Account(
            Elections(Jpn, Cp1, LulucfAccountingFrequency.Period, LulucfActivity.ForestManagement),
            SinkParameters.For(Jpn, Cp1).WithForestManagementCap(ForestManagementCap.ForParty(Jpn)),
            data);

        // 13 Mt C × 44/12 × 5 = 715/3 Mt CO2 = 238,333,333⅓ t, exact.
        ExactCo2e cap = ExactCo2e.FromFraction(13_000_000_000_000 * (Int128)11 * 5, 3, GwpSet.Sar);
        Assert.Equal(cap, result.GetAccountingQuantity(LulucfActivity.ForestManagement));
        Assert.Equal(cap, result.ForestManagementCreditCap);
        Assert.Equal(238_333_333, result.GetRmusToIssue(LulucfActivity.ForestManagement));
        SinkAccountingLine excess = Assert.Single(result.Lines, l => l.Step == SinkStep.CapExcess);
        Assert.Equal(Mt(500m, GwpSet.Sar) - cap, -excess.Amount);
        Assert.Equal("Decision 16/CMP.1 annex ¶11 and appendix", excess.Rule);
    }

    [Fact]
    public void WorkedFirstPeriodExample_OffsetCapAndDeforestation()
    {
        // The docs/lulucf.md first-period example.
        SinkAccountingResult result = FirstPeriodWorkedExample();
        Assert.Equal(5_000_000, result.GetRmusToIssue(LulucfActivity.AfforestationAndReforestation));
        Assert.Equal(10_000_000, result.GetUnitsToCancel(LulucfActivity.Deforestation));
        Assert.Equal(0, result.GetRmusToIssue(LulucfActivity.Deforestation));
        SinkAccountingLine offset = Assert.Single(result.Lines, l => l.Step == SinkStep.NetSourceOffset);
        Assert.Equal(Mt(5m, GwpSet.Sar), offset.Amount);
        Assert.False(offset.CountsTowardsQuantity);

        // FM: 5 Mt offset (outside the cap) + 715/3 Mt cap = 730/3 Mt = 243,333,333⅓ t.
        Assert.Equal(ExactCo2e.FromFraction(730_000_000_000_000, 3, GwpSet.Sar), result.GetAccountingQuantity(LulucfActivity.ForestManagement));
        Assert.Equal(243_333_333, result.GetRmusToIssue(LulucfActivity.ForestManagement));
        Assert.Equal(248_333_333, result.TotalRmusToIssue);
        Assert.Equal(10_000_000, result.TotalUnitsToCancel);
        AssertLinesAddUp(result);
    }

    internal static SinkAccountingResult FirstPeriodWorkedExample()
    {
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Sar)
            .Every(Jpn, Cp1, LulucfActivity.AfforestationAndReforestation, -1_000_000m)
            .Every(Jpn, Cp1, LulucfActivity.Deforestation, 2_000_000m)
            .Every(Jpn, Cp1, LulucfActivity.ForestManagement, -90_000_000m)
            .Build();
        return SinkAccounting.Account(
            Elections(Jpn, Cp1, LulucfAccountingFrequency.Period, LulucfActivity.ForestManagement),
            SinkParameters.For(Jpn, Cp1).WithForestManagementCap(ForestManagementCap.ForParty(Jpn)),
            data);
    }

    [Fact]
    public void Paragraph10Offset_Binding_At9MtC_Times5()
    {
        // Art. 3.3 net source 250 Mt > 9.0 Mt C × 44/12 × 5 = 165 Mt: the offset stops at 165 Mt; the ¶11 cap (stated 1 Mt C/yr) adds 55/3 Mt.
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Sar)
            .Every(Deu, Cp1, LulucfActivity.AfforestationAndReforestation, 0m)
            .Every(Deu, Cp1, LulucfActivity.Deforestation, 50_000_000m)
            .Every(Deu, Cp1, LulucfActivity.ForestManagement, -100_000_000m)
            .Build();
        SinkAccountingResult result = SinkAccounting.Account(
            Elections(Deu, Cp1, LulucfAccountingFrequency.Period, LulucfActivity.ForestManagement),
            SinkParameters.For(Deu, Cp1).WithForestManagementCap(ForestManagementCap.Stated(Deu, 1m, "test value")),
            data);
        Assert.Equal(Mt(165m, GwpSet.Sar), Assert.Single(result.Lines, l => l.Step == SinkStep.NetSourceOffset).Amount);
        Assert.Equal(Mt(165m, GwpSet.Sar) + ExactCo2e.FromFraction(55_000_000_000_000, 3, GwpSet.Sar), result.GetAccountingQuantity(LulucfActivity.ForestManagement));
        Assert.Equal(250_000_000, result.GetUnitsToCancel(LulucfActivity.Deforestation));
        Assert.Equal(165_000_000 + 18_333_333, result.GetRmusToIssue(LulucfActivity.ForestManagement));
    }

    [Fact]
    public void Article6ForestManagementProjects_CountWithinTheCap()
    {
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Sar)
            .Every(Deu, Cp1, LulucfActivity.AfforestationAndReforestation, 0m)
            .Every(Deu, Cp1, LulucfActivity.Deforestation, 0m)
            .Every(Deu, Cp1, LulucfActivity.ForestManagement, -100_000_000m)
            .Build();
        SinkParameters parameters = SinkParameters.For(Deu, Cp1).WithForestManagementCap(ForestManagementCap.Stated(Deu, 3m, "test value"))
            .WithArticle6ForestManagementProjects(2010, 1_000_000m);
        SinkAccountingResult result = SinkAccounting.Account(Elections(Deu, Cp1, LulucfAccountingFrequency.Period, LulucfActivity.ForestManagement), parameters, data);
        Assert.Equal(Mt(55m, GwpSet.Sar) - Mt(1m, GwpSet.Sar), result.GetAccountingQuantity(LulucfActivity.ForestManagement));
    }

    [Fact]
    public void HarvestingDebitLimit_Paragraph4_DoesNotAccountDebitsAboveTheCreditsOnThatLand()
    {
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Sar)
            .Every(Deu, Cp1, LulucfActivity.AfforestationAndReforestation, 100m)
            .Every(Deu, Cp1, LulucfActivity.Deforestation, 0m)
            .Build();
        SinkParameters parameters = SinkParameters.For(Deu, Cp1).WithHarvestingDebitLimit(2012, new HarvestingDebitLimitInput(700m, 200m));
        SinkAccountingResult result = SinkAccounting.Account(Elections(Deu, Cp1, LulucfAccountingFrequency.Period), parameters, data);
        Assert.Equal(Mt(0.0005m, GwpSet.Sar), Assert.Single(result.Lines, l => l.Step == SinkStep.HarvestingDebitLimit).Amount);
        Assert.Equal(0, result.GetAccountingQuantity(LulucfActivity.AfforestationAndReforestation).Numerator);
    }

    [Fact]
    public void WorkedSecondPeriodExample_ReferenceLevelWithTechnicalCorrection_HwpAndCap()
    {
        SinkAccountingResult result = SecondPeriodWorkedExample();

        // FM: removals 80 Mt − FMRL 80 Mt + technical correction 8 × 1.5 = 12 Mt + HWP 4 Mt = 16 Mt, capped at 3.5 % × 50 Mt × 8 = 14 Mt.
        Assert.Equal(Mt(-80m, GwpSet.Ar4), Assert.Single(result.Lines, l => l.Step == SinkStep.ReferenceLevel).Amount);
        Assert.Equal(Mt(12m, GwpSet.Ar4), Assert.Single(result.Lines, l => l.Step == SinkStep.TechnicalCorrection).Amount);
        Assert.Equal(Mt(4m, GwpSet.Ar4), Assert.Single(result.Lines, l => l.Step == SinkStep.HarvestedWoodProducts).Amount);
        Assert.Equal(Mt(-2m, GwpSet.Ar4), Assert.Single(result.Lines, l => l.Step == SinkStep.CapExcess).Amount);
        Assert.Equal(Mt(14m, GwpSet.Ar4), result.ForestManagementCreditCap);
        Assert.Equal(14_000_000, result.GetRmusToIssue(LulucfActivity.ForestManagement));

        // AR 1.6 Mt credit; D 0.8 Mt debit; CM net-net: 8 × 0.3 − 8 × 0.2 = 0.8 Mt credit.
        Assert.Equal(1_600_000, result.GetRmusToIssue(LulucfActivity.AfforestationAndReforestation));
        Assert.Equal(800_000, result.GetUnitsToCancel(LulucfActivity.Deforestation));
        Assert.Equal(800_000, result.GetRmusToIssue(LulucfActivity.CroplandManagement));
        Assert.Equal(16_400_000, result.TotalRmusToIssue);
        AssertLinesAddUp(result);
    }

    internal static SinkAccountingResult SecondPeriodWorkedExample()
    {
        LulucfActivityDataBuilder builder = new LulucfActivityDataBuilder(GwpSet.Ar4)
            .Every(Nor, Cp2, LulucfActivity.AfforestationAndReforestation, -200_000m)
            .Every(Nor, Cp2, LulucfActivity.Deforestation, 100_000m)
            .Every(Nor, Cp2, LulucfActivity.ForestManagement, -10_000_000m)
            .Every(Nor, Cp2, LulucfActivity.CroplandManagement, 200_000m)
            .Add(Nor, LulucfActivity.CroplandManagement, 1990, 300_000m);
        SinkParameters parameters = SinkParameters.For(Nor, Cp2)
            .WithReferenceLevel(ForestManagementReferenceLevel.Stated(Nor, -10m, 1.5m, "test values, not Norway's"));
        for (int year = 2013; year <= 2020; year++)
        {
            parameters = parameters.WithHarvestedWoodProducts(LulucfActivity.ForestManagement, year, -500_000m);
        }

        return SinkAccounting.Account(
            Elections(Nor, Cp2, LulucfAccountingFrequency.Period, LulucfActivity.ForestManagement, LulucfActivity.CroplandManagement),
            parameters,
            builder.Build(),
            SecondPeriodBaseYear(Nor, 50_000_000m));
    }

    [Fact]
    public void NaturalDisturbanceExclusion_RemovesTheDisturbanceEmissionsAndLaterRemovals()
    {
        // A 2015 fire turns FM from −10 Mt into +5 Mt; 15 Mt are excluded. In 2016 regrowth removes 1 Mt extra on that land, excluded too.
        LulucfActivityDataBuilder Base() => new LulucfActivityDataBuilder(GwpSet.Ar4)
            .Every(Nor, Cp2, LulucfActivity.AfforestationAndReforestation, 0m)
            .Every(Nor, Cp2, LulucfActivity.Deforestation, 0m);
        var calm = Base().Years(Nor, Cp2, LulucfActivity.ForestManagement, [-10_000_000, -10_000_000, -10_000_000, -10_000_000, -10_000_000, -10_000_000, -10_000_000, -10_000_000]).Build();
        var fire = Base().Years(Nor, Cp2, LulucfActivity.ForestManagement, [-10_000_000, -10_000_000, 5_000_000, -11_000_000, -10_000_000, -10_000_000, -10_000_000, -10_000_000]).Build();
        SinkParameters parameters = SinkParameters.For(Nor, Cp2).WithReferenceLevel(ForestManagementReferenceLevel.Stated(Nor, -9m, 0m, "test values"));
        LulucfElections elections = Elections(Nor, Cp2, LulucfAccountingFrequency.Period, LulucfActivity.ForestManagement);
        BaseYearEmissions baseYear = SecondPeriodBaseYear(Nor, 1_000_000_000m);

        SinkAccountingResult withoutExclusion = SinkAccounting.Account(elections, parameters, fire, baseYear);
        SinkAccountingResult excluded = SinkAccounting.Account(
            elections,
            parameters.WithNaturalDisturbanceExclusion(LulucfActivity.ForestManagement, 2015, new NaturalDisturbanceExclusion(15_000_000m, 0m))
                .WithNaturalDisturbanceExclusion(LulucfActivity.ForestManagement, 2016, new NaturalDisturbanceExclusion(0m, 1_000_000m)),
            fire,
            baseYear);
        SinkAccountingResult reference = SinkAccounting.Account(elections, parameters, calm, baseYear);

        Assert.Equal(Mt(-6m, GwpSet.Ar4), withoutExclusion.GetAccountingQuantity(LulucfActivity.ForestManagement));
        Assert.Equal(reference.GetAccountingQuantity(LulucfActivity.ForestManagement), excluded.GetAccountingQuantity(LulucfActivity.ForestManagement));
        Assert.Equal(8_000_000, excluded.GetRmusToIssue(LulucfActivity.ForestManagement));
        Assert.Equal(Mt(15m, GwpSet.Ar4), Assert.Single(excluded.Lines, l => l.Step == SinkStep.NaturalDisturbanceExcludedEmissions).Amount);
        Assert.Equal(Mt(-1m, GwpSet.Ar4), Assert.Single(excluded.Lines, l => l.Step == SinkStep.NaturalDisturbanceExcludedRemovals).Amount);
    }

    [Fact]
    public void CarbonStockInputs_AreConvertedExactly_WithTheFractionOfAGramKept()
    {
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Sar)
            .AddCarbonRemovals(Jpn, LulucfActivity.AfforestationAndReforestation, 2008, 1m)
            .AddCarbonEmissions(Jpn, LulucfActivity.Deforestation, 2008, 0.000001m)
            .Build();
        Assert.Equal(ExactCo2e.FromFraction(-11_000_000, 3, GwpSet.Sar), data.GetNetEmissions(Jpn, LulucfActivity.AfforestationAndReforestation, 2008));
        Assert.Equal(ExactCo2e.FromFraction(11, 3, GwpSet.Sar), data.GetNetEmissions(Jpn, LulucfActivity.Deforestation, 2008));
    }

    [Fact]
    public void CdmAfforestationLimit_IsOnePercentOfBaseYearTimesThePeriodLength()
    {
        Assert.Equal(5_000_000, CdmAfforestationLimit.Compute(FirstPeriodBaseYear(Deu, 100_000_000m)));
        Assert.Equal(8_000_000, CdmAfforestationLimit.Compute(SecondPeriodBaseYear(Nor, 100_000_000m)));
        Assert.Equal(ExactCo2e.FromFraction(12_345_678_900_000 * (Int128)5, 100, GwpSet.Sar), CdmAfforestationLimit.ComputeExact(FirstPeriodBaseYear(Deu, 12_345_678.9m)));
        Assert.Equal(617_283, CdmAfforestationLimit.Compute(FirstPeriodBaseYear(Deu, 12_345_678.9m)));
    }

    [Fact]
    public void ShippedCaps_AreItalyJapanRussia_WithSources()
    {
        Assert.Equal(new[] { ("ITA", 2.78m), ("JPN", 13m), ("RUS", 33m) }, ForestManagementCap.Known.Select(c => (c.Party.Code, c.MegatonnesCarbonPerYear)));
        Assert.All(ForestManagementCap.Known, c => Assert.Equal(SinkValueOrigin.ReferenceData, c.Origin));
        Assert.Contains("8/CMP.2", ForestManagementCap.ForParty(Kyoto.Accounting.Parties.Party.FromCode("ITA")).Source, StringComparison.Ordinal);
    }

    internal static void AssertLinesAddUp(SinkAccountingResult result)
    {
        foreach (SinkActivityOutcome outcome in result.Outcomes)
        {
            ExactCo2e sum = result.Lines.Where(l => l.Activity == outcome.Activity && l.Year == outcome.Year && l.CountsTowardsQuantity).Sum();
            Assert.Equal(outcome.Quantity, sum);
        }
    }
}
