using System;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Tests.Inventories;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Accounting;

public class BaseYearEmissionsTests
{
    [Fact]
    public void EitParty_UsesItsAlternativeBaseYear_FromReferenceData()
    {
        // Bulgaria's base year is 1988 (Art. 3.5; decision 9/CP.2), not 1990.
        var inventory = new EmissionInventoryBuilder()
            .Add("BGR", 1988, Gas.CarbonDioxide, Energy, 1000m)
            .Add("BGR", 1990, Gas.CarbonDioxide, Energy, 800m)
            .Build();
        var options = BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);
        BaseYearEmissions result = BaseYearEmissions.Calculate(inventory, Party.FromCode("BGR"), CommitmentPeriod.First, options);
        Assert.Equal(BaseYear.Of(1988), result.BaseYear);
        Assert.Equal(Tonnes(1000m, GwpSet.Sar), result.Total);

        BaseYearEmissions overridden = BaseYearEmissions.Calculate(inventory, Party.FromCode("BGR"), CommitmentPeriod.First, options.WithBaseYear(BaseYear.Of(1990)));
        Assert.Equal(Tonnes(800m, GwpSet.Sar), overridden.Total);
    }

    [Fact]
    public void Hungary_AveragesItsBasePeriodExactly()
    {
        // 100 + 200 + 301 t over 1985–1987: the average is 200⅓ t, kept exact.
        var inventory = new EmissionInventoryBuilder()
            .Add("HUN", 1985, Gas.CarbonDioxide, Energy, 100m)
            .Add("HUN", 1986, Gas.CarbonDioxide, Energy, 200m)
            .Add("HUN", 1987, Gas.CarbonDioxide, Energy, 301m)
            .Build();
        var options = BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);
        BaseYearEmissions result = BaseYearEmissions.Calculate(inventory, Party.FromCode("HUN"), CommitmentPeriod.First, options);
        Assert.Equal(BaseYear.Average(1985, 1987), result.BaseYear);
        Assert.Equal(ExactCo2e.FromFraction(601_000_000, 3, GwpSet.Sar), result.Total);
        Assert.False(result.Total.IsWholeGrams);
        Assert.Equal(200, result.Total.ToWholeTonnes(TonneRounding.NearestHalfAwayFromZero));
        Assert.Equal(201, result.Total.ToWholeTonnes(TonneRounding.Up));
        Assert.Throws<InvalidOperationException>(() => result.Total.ToCo2e());
    }

    [Fact]
    public void FluorinatedGases_Use1995_WhereThePartyChoseIt()
    {
        // Germany used 1995 for HFCs, PFCs and SF6 (Art. 3.8) [reference data]; France kept 1990.
        static EmissionInventory Data(string party) => new EmissionInventoryBuilder()
            .Add(party, 1990, Gas.CarbonDioxide, Energy, 1000m)
            .Add(party, 1990, Gas.SulphurHexafluoride, Halocarbons, 1m)
            .Add(party, 1995, Gas.SulphurHexafluoride, Halocarbons, 2m)
            .Build();

        BaseYearEmissions germany = BaseYearEmissions.Calculate(Data("DEU"), Party.FromCode("DEU"), CommitmentPeriod.First, BaseYearOptions.FromReferenceData.WithLandUseNotANetSource());
        Assert.Equal(GasBaseYearChoice.Year1995, germany.FluorinatedGasBaseYear);
        Assert.Equal(Tonnes(2m * 23_900, GwpSet.Sar), germany.FluorinatedGases);
        Assert.Equal(Tonnes(1000m + (2m * 23_900), GwpSet.Sar), germany.Total);

        BaseYearEmissions france = BaseYearEmissions.Calculate(Data("FRA"), Party.FromCode("FRA"), CommitmentPeriod.First, BaseYearOptions.FromReferenceData.WithLandUseNotANetSource());
        Assert.Equal(GasBaseYearChoice.PartyBaseYear, france.FluorinatedGasBaseYear);
        Assert.Equal(Tonnes(1m * 23_900, GwpSet.Sar), france.FluorinatedGases);
    }

    [Fact]
    public void AnUnrecordedChoice_MustBeStated()
    {
        var inventory = new EmissionInventoryBuilder().Add("JPN", 1990, Gas.CarbonDioxide, Energy, 1m).Add("JPN", 1995, Gas.CarbonDioxide, Energy, 1m).Build();
        var ex = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, Party.FromCode("JPN"), CommitmentPeriod.First, BaseYearOptions.FromReferenceData.WithLandUseNotANetSource()));
        Assert.Equal("options", ex.ParamName);
        Assert.Contains("Art. 3.8", ex.Message, StringComparison.Ordinal);
        BaseYearEmissions.Calculate(inventory, Party.FromCode("JPN"), CommitmentPeriod.First, BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithFluorinatedGasBaseYear(GasBaseYearChoice.Year1995));
    }

    [Fact]
    public void Nf3_InTheSecondPeriod_UsesTheStatedYear()
    {
        var inventory = new EmissionInventoryBuilder()
            .Add("NOR", 1990, Gas.CarbonDioxide, Energy, 1000m)
            .Add("NOR", 1990, Gas.NitrogenTrifluoride, Halocarbons, 1m)
            .Add("NOR", 2000, Gas.NitrogenTrifluoride, Halocarbons, 3m)
            .Build();
        var options = BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);
        var ex = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, Party.FromCode("NOR"), CommitmentPeriod.Second, options));
        Assert.Contains("Art. 3.8 bis", ex.Message, StringComparison.Ordinal);

        BaseYearEmissions result = BaseYearEmissions.Calculate(inventory, Party.FromCode("NOR"), CommitmentPeriod.Second, options.WithNitrogenTrifluorideBaseYear(GasBaseYearChoice.Year2000));
        Assert.Equal(Tonnes(3m * 17_200, GwpSet.Ar4), result.NitrogenTrifluoride);
        Assert.Equal(Tonnes(1000m + (3m * 17_200), GwpSet.Ar4), result.Total);
        Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, Party.FromCode("NOR"), CommitmentPeriod.First, options.WithNitrogenTrifluorideBaseYear(GasBaseYearChoice.Year1995)));
    }

    [Fact]
    public void LandUseChange_WithNeitherFiguresNorDeclaration_IsAClearError()
    {
        var inventory = new EmissionInventoryBuilder().Add("AUS", 1990, Gas.CarbonDioxide, Energy, 1000m).Build();
        var options = BaseYearOptions.FromReferenceData.WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);
        var ex = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, Party.FromCode("AUS"), CommitmentPeriod.First, options));
        Assert.Equal("options", ex.ParamName);
        Assert.Contains("Art. 3.7, second sentence", ex.Message, StringComparison.Ordinal);

        BaseYearEmissions declared = BaseYearEmissions.Calculate(inventory, Party.FromCode("AUS"), CommitmentPeriod.First, options.WithLandUseNotANetSource());
        Assert.Equal(ExactCo2e.Zero, declared.LandUseChange);
        Assert.False(declared.LandUseWasANetSource);
        Assert.Equal(declared.Total, declared.ExcludingLandUseChange);
    }

    [Fact]
    public void LandUseChange_FiguresAndDeclaration_AreExclusive_AndYearsMustMatch()
    {
        Co2e one = Co2e.FromTonnes(1L, GwpSet.Sar);
        Assert.Throws<ArgumentException>(() => BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithLandUse(1990, one, one));
        Assert.Throws<ArgumentException>(() => BaseYearOptions.FromReferenceData.WithLandUse(1990, one, one).WithLandUseNotANetSource());
        Assert.Throws<ArgumentException>(() => BaseYearOptions.FromReferenceData.WithLandUse(1990, one, one).WithLandUse(1990, one, one));
        Assert.Throws<GwpSetMismatchException>(() => BaseYearOptions.FromReferenceData.WithLandUse(1990, one, Co2e.FromTonnes(1L, GwpSet.Ar4)));

        // First period: 1990 only, whatever the base year (Art. 3.7): figures for 1988 are refused for Bulgaria.
        var inventory = new EmissionInventoryBuilder().Add("BGR", 1988, Gas.CarbonDioxide, Energy, 1000m).Build();
        var options = BaseYearOptions.FromReferenceData.WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);
        var ex = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, Party.FromCode("BGR"), CommitmentPeriod.First, options.WithLandUse(1988, one, one)));
        Assert.Contains("1990", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Tonnes(1m, GwpSet.Sar), BaseYearEmissions.Calculate(inventory, Party.FromCode("BGR"), CommitmentPeriod.First, options.WithLandUse(1990, one, one)).LandUseChange);
        Assert.Throws<GwpSetMismatchException>(() => BaseYearEmissions.Calculate(inventory, Party.FromCode("BGR"), CommitmentPeriod.First, options.WithLandUse(1990, Co2e.FromTonnes(1L, GwpSet.Ar4), Co2e.FromTonnes(1L, GwpSet.Ar4))));
    }

    [Fact]
    public void RecordedArticle3Point8Choices_AreThoseOfTheFirstPeriodOnly()
    {
        var inventory = new EmissionInventoryBuilder()
            .Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1000m)
            .Add("DEU", 1995, Gas.SulphurHexafluoride, Halocarbons, 1m)
            .Build();
        var options = BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithNitrogenTrifluorideBaseYear(GasBaseYearChoice.Year1995);
        Assert.Equal(GasBaseYearChoice.Year1995, BaseYearEmissions.Calculate(inventory, Party.FromCode("DEU"), CommitmentPeriod.First, BaseYearOptions.FromReferenceData.WithLandUseNotANetSource()).FluorinatedGasBaseYear);
        var ex = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, Party.FromCode("DEU"), CommitmentPeriod.Second, options));
        Assert.Contains("Art. 3.8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingBaseYear_IsAClearError()
    {
        var inventory = new EmissionInventoryBuilder().Add("HUN", 1985, Gas.CarbonDioxide, Energy, 1m).Add("HUN", 1987, Gas.CarbonDioxide, Energy, 1m).Build();
        var options = BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);
        var ex = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, Party.FromCode("HUN"), CommitmentPeriod.First, options));
        Assert.Equal("inventory", ex.ParamName);
        Assert.Contains("HUN for 1986", ex.Message, StringComparison.Ordinal);
    }
}
