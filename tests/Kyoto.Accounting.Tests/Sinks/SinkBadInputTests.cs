using System;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;
using Kyoto.Accounting.Sinks;
using Xunit;
using static Kyoto.Accounting.Tests.Sinks.SinkTestData;

namespace Kyoto.Accounting.Tests.Sinks;

public class SinkBadInputTests
{
    private static readonly CommitmentPeriod Cp1 = CommitmentPeriod.First;
    private static readonly CommitmentPeriod Cp2 = CommitmentPeriod.Second;

    [Fact]
    public void ActivityNotElected_WithData_IsRefused()
    {
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Sar)
            .Every(Deu, Cp1, LulucfActivity.AfforestationAndReforestation, 0m)
            .Every(Deu, Cp1, LulucfActivity.Deforestation, 0m)
            .Every(Deu, Cp1, LulucfActivity.CroplandManagement, -5m)
            .Build();
        var ex = Assert.Throws<ArgumentException>(() => SinkAccounting.Account(Elections(Deu, Cp1, LulucfAccountingFrequency.Period), SinkParameters.For(Deu, Cp1), data));
        Assert.Contains("CroplandManagement", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not elected", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WetlandDrainageAndRewetting_InTheFirstPeriod_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Elections(Deu, Cp1, LulucfAccountingFrequency.Period, LulucfActivity.WetlandDrainageAndRewetting));
        Assert.Contains("second period only", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new LulucfActivityDataBuilder(GwpSet.Sar).Add(Deu, LulucfActivity.WetlandDrainageAndRewetting, 2010, 1m));
        Assert.Equal(LulucfErrorCode.InvalidRecord, Assert.Single(LulucfActivityCsv.Parse("party,activity,year,quantity,unit\nDEU,WDR,2010,1,tCO2e\n", GwpSet.Sar).Errors).Code);
    }

    [Fact]
    public void SecondPeriod_WithoutForestManagement_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => Elections(Nor, Cp2, LulucfAccountingFrequency.Period));
        Assert.Contains("mandatory", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Article33Activities_CannotBeElected() =>
        Assert.Throws<ArgumentException>(() => Elections(Deu, Cp1, LulucfAccountingFrequency.Period, LulucfActivity.Deforestation));

    [Fact]
    public void CapForAPartyWithoutAShippedValue_IsRefused_AndNamesTheWayOut()
    {
        var ex = Assert.Throws<ArgumentException>(() => ForestManagementCap.ForParty(Deu));
        Assert.Contains("ForestManagementCap.Stated", ex.Message, StringComparison.Ordinal);
        Assert.Equal("party", ex.ParamName);
        Assert.Throws<ArgumentException>(() => SinkParameters.For(Deu, Cp1).WithForestManagementCap(ForestManagementCap.ForParty(Jpn)));
        Assert.Throws<ArgumentException>(() => SinkParameters.For(Nor, Cp2).WithForestManagementCap(ForestManagementCap.Stated(Nor, 1m, "x")));
    }

    [Fact]
    public void ForestManagementElected_WithoutACap_IsRefused()
    {
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Sar)
            .Every(Deu, Cp1, LulucfActivity.AfforestationAndReforestation, 0m)
            .Every(Deu, Cp1, LulucfActivity.Deforestation, 0m)
            .Every(Deu, Cp1, LulucfActivity.ForestManagement, -5m)
            .Build();
        var ex = Assert.Throws<ArgumentException>(() => SinkAccounting.Account(Elections(Deu, Cp1, LulucfAccountingFrequency.Period, LulucfActivity.ForestManagement), SinkParameters.For(Deu, Cp1), data));
        Assert.Contains("¶11", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CarbonInTheWrongSign_IsRefused()
    {
        var builder = new LulucfActivityDataBuilder(GwpSet.Sar);
        var ex = Assert.Throws<ArgumentException>(() => builder.AddCarbonRemovals(Deu, LulucfActivity.ForestManagement, 2010, -3m));
        Assert.Contains("AddCarbonEmissions", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => builder.AddCarbonEmissions(Deu, LulucfActivity.ForestManagement, 2010, -3m));
        Assert.Throws<ArgumentException>(() => builder.AddCarbonRemovals(Deu, LulucfActivity.ForestManagement, 2010, 0.0000001m));
        Assert.Equal(0, builder.Build().Count);
    }

    [Fact]
    public void CarbonInTheWrongUnitOrSign_InCsv_IsReportedWithRowAndColumn()
    {
        LulucfParseResult result = LulucfActivityCsv.Parse(
            "party,activity,year,quantity,unit\nDEU,FM,2010,12,MtC\nDEU,FM,2011,-3,tC-removed\nDEU,XX,2012,1,tCO2e\nDEU,FM,2013,1e3,tCO2e\n",
            GwpSet.Sar);
        Assert.False(result.Success);
        Assert.Collection(
            result.Errors,
            e => Assert.Equal((2, 5, LulucfErrorCode.UnknownUnit), (e.Row, e.Column, e.Code)),
            e => Assert.Equal((3, 4, LulucfErrorCode.WrongSign), (e.Row, e.Column, e.Code)),
            e => Assert.Equal((4, 2, LulucfErrorCode.UnknownActivity), (e.Row, e.Column, e.Code)),
            e => Assert.Equal((5, 4, LulucfErrorCode.InvalidQuantity), (e.Row, e.Column, e.Code)));
        Assert.Throws<LulucfFormatException>(() => result.GetValueOrThrow());
    }

    [Fact]
    public void MissingYear_IsNeverZero()
    {
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Sar)
            .Every(Deu, Cp1, LulucfActivity.AfforestationAndReforestation, 0m)
            .Add(Deu, LulucfActivity.Deforestation, 2008, 0m)
            .Build();
        var ex = Assert.Throws<ArgumentException>(() => SinkAccounting.Account(Elections(Deu, Cp1, LulucfAccountingFrequency.Period), SinkParameters.For(Deu, Cp1), data));
        Assert.Contains("2009", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongGwpSet_SecondPeriodWithoutBaseYearOrReferenceLevel_AreRefused()
    {
        LulucfActivityData sar = new LulucfActivityDataBuilder(GwpSet.Sar).Build();
        LulucfElections cp2 = Elections(Nor, Cp2, LulucfAccountingFrequency.Period, LulucfActivity.ForestManagement);
        SinkParameters withLevel = SinkParameters.For(Nor, Cp2).WithReferenceLevel(ForestManagementReferenceLevel.Stated(Nor, 0m, 0m, "x"));
        Assert.Contains("AR4", Assert.Throws<ArgumentException>(() => SinkAccounting.Account(cp2, withLevel, sar)).Message, StringComparison.Ordinal);
        LulucfActivityData ar4 = new LulucfActivityDataBuilder(GwpSet.Ar4).Build();
        Assert.Contains("reference level", Assert.Throws<ArgumentException>(() => SinkAccounting.Account(cp2, SinkParameters.For(Nor, Cp2), ar4)).Message, StringComparison.Ordinal);
        Assert.Equal("baseYear", Assert.Throws<ArgumentException>(() => SinkAccounting.Account(cp2, withLevel, ar4)).ParamName);
    }

    [Fact]
    public void ParametersOutsideTheirPeriod_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => SinkParameters.For(Deu, Cp1).WithHarvestedWoodProducts(LulucfActivity.ForestManagement, 2010, 1m));
        Assert.Throws<ArgumentException>(() => SinkParameters.For(Nor, Cp2).WithHarvestedWoodProducts(LulucfActivity.CroplandManagement, 2014, 1m));
        Assert.Throws<ArgumentException>(() => SinkParameters.For(Nor, Cp2).WithNaturalDisturbanceExclusion(LulucfActivity.ForestManagement, 2012, new NaturalDisturbanceExclusion(1m, 0m)));
        Assert.Throws<ArgumentException>(() => SinkParameters.For(Nor, Cp2).WithNaturalDisturbanceExclusion(LulucfActivity.ForestManagement, 2014, new NaturalDisturbanceExclusion(-1m, 0m)));
        Assert.Throws<ArgumentException>(() => SinkParameters.For(Deu, Cp1).WithReferenceLevel(ForestManagementReferenceLevel.Stated(Deu, 0m, 0m, "x")));
        Assert.Throws<ArgumentOutOfRangeException>(() => ForestDefinition.Create(0.01m, 30m, 5m));
        Assert.Throws<ArgumentException>(() => LulucfElections.Create(Deu, Cp1, [], LulucfAccountingFrequency.Period, Forest, " "));
    }
}
