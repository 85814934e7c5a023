using System;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Accounting;

/// <summary>
/// Tests for mutants of <see cref="BaseYearEmissions"/> and <see cref="BaseYearOptions"/> that survived, or were not
/// covered by, the accounting tests in the Stryker run of issue 13: the Art. 3.8 choice, the land-use addition of the
/// second sentence of Art. 3.7 / 3.7 bis, validations and the rules the messages cite.
/// </summary>
public class BaseYearMutationKillTests
{
    private static readonly CommitmentPeriod Cp1 = CommitmentPeriod.First;
    private static readonly CommitmentPeriod Cp2 = CommitmentPeriod.Second;
    private static readonly Party France = Party.FromCode("FRA");
    private static readonly Party Hungary = Party.FromCode("HUN");
    private static readonly BaseYearOptions Declared = BaseYearOptions.FromReferenceData.WithLandUseNotANetSource();

    private static Co2e Sar(decimal tonnes) => Co2e.FromTonnes(tonnes, GwpSet.Sar);

    private static EmissionInventory CarbonDioxide(string party, params int[] years)
    {
        var builder = new EmissionInventoryBuilder();
        foreach (int year in years)
        {
            builder.Add(party, year, Gas.CarbonDioxide, Energy, 1000m);
        }

        return builder.Build();
    }

    // BaseYearEmissions.cs L131–L134.
    [Fact]
    public void Calculate_NamesItsNullArgument()
    {
        EmissionInventory inventory = CarbonDioxide("FRA", 1990);
        Assert.Equal("inventory", Assert.Throws<ArgumentNullException>(() => BaseYearEmissions.Calculate(null!, France, Cp1, Declared)).ParamName);
        Assert.Equal("party", Assert.Throws<ArgumentNullException>(() => BaseYearEmissions.Calculate(inventory, null!, Cp1, Declared.WithBaseYear(BaseYear.Of(1990)))).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => BaseYearEmissions.Calculate(inventory, France, null!, Declared)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => BaseYearEmissions.Calculate(inventory, France, Cp1, null!)).ParamName);
    }

    // BaseYearEmissions.cs L140 (&& → ||), L141, L256: France recorded 1990 for HFCs, PFCs and SF6 (Art. 3.8); with
    // another base year stated, 1990 is neither that base year nor 1995, so the choice must be stated.
    [Fact]
    public void RecordedFluorinatedGasYear_OtherThanTheStatedBaseYear_MustBeStated()
    {
        EmissionInventory inventory = CarbonDioxide("FRA", 1988, 1990);
        Assert.Equal(GasBaseYearChoice.PartyBaseYear, BaseYearEmissions.Calculate(inventory, France, Cp1, Declared).FluorinatedGasBaseYear);

        var ex = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, France, Cp1, Declared.WithBaseYear(BaseYear.Of(1988))));
        Assert.Equal("options", ex.ParamName);
        Assert.Contains(France.Name, ex.Message, StringComparison.Ordinal);
        Assert.Contains("HFCs, PFCs and SF6 (Art. 3.8:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("BaseYearOptions.WithFluorinatedGasBaseYear", ex.Message, StringComparison.Ordinal);

        BaseYearEmissions stated = BaseYearEmissions.Calculate(inventory, France, Cp1, Declared.WithBaseYear(BaseYear.Of(1988)).WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear));
        Assert.Equal(BaseYear.Of(1988), stated.BaseYear);
    }

    // BaseYearEmissions.cs L140: a recorded year equal to the first year of a base period is not "the base year".
    [Fact]
    public void RecordedFluorinatedGasYear_EqualToTheFirstYearOfABasePeriod_MustBeStated()
    {
        EmissionInventory inventory = CarbonDioxide("FRA", 1990, 1991, 1992);
        var ex = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, France, Cp1, Declared.WithBaseYear(BaseYear.Average(1990, 1992))));
        Assert.Equal("options", ex.ParamName);
        Assert.Contains("Art. 3.8", ex.Message, StringComparison.Ordinal);
    }

    // BaseYearEmissions.cs L146, L150: NF3 (Art. 3.8 bis) must be stated for CP2 and is refused for CP1.
    [Fact]
    public void NitrogenTrifluorideChoice_IsNamedForCp2_AndRefusedForCp1()
    {
        EmissionInventory inventory = CarbonDioxide("NOR", 1990);
        BaseYearOptions options = Declared.WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);
        var missing = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, Party.FromCode("NOR"), Cp2, options));
        Assert.Equal("options", missing.ParamName);
        Assert.Contains("NF3 (Art. 3.8 bis:", missing.Message, StringComparison.Ordinal);
        Assert.Contains("BaseYearOptions.WithNitrogenTrifluorideBaseYear", missing.Message, StringComparison.Ordinal);

        var notInBasket = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, Party.FromCode("NOR"), Cp1, options.WithNitrogenTrifluorideBaseYear(GasBaseYearChoice.Year2000)));
        Assert.Equal("options", notInBasket.ParamName);
        Assert.Contains("basket of " + Cp1, notInBasket.Message, StringComparison.Ordinal);
        Assert.Contains("Doha Amendment", notInBasket.Message, StringComparison.Ordinal);
        Assert.Contains("Art. 3.8 bis", notInBasket.Message, StringComparison.Ordinal);
    }

    // BaseYearEmissions.cs L164: the description names the Party, the base year, the period and the total.
    [Fact]
    public void ToString_NamesThePartyTheBaseYearAndThePeriod()
    {
        EmissionInventory inventory = new EmissionInventoryBuilder()
            .Add("HUN", 1985, Gas.CarbonDioxide, Energy, 100m)
            .Add("HUN", 1986, Gas.CarbonDioxide, Energy, 200m)
            .Add("HUN", 1987, Gas.CarbonDioxide, Energy, 301m)
            .Build();
        BaseYearEmissions result = BaseYearEmissions.Calculate(inventory, Hungary, Cp1, Declared.WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear));
        Assert.Equal("HUN base year (average of 1985–1987, CP1 (2008–2012)): 601000000/3 gCO2e (SAR)", result.ToString());
    }

    // BaseYearEmissions.cs L204: in the second period the land-use rule is Art. 3.7 bis (decision 13/CMP.1 annex ¶5(b) as revised).
    [Fact]
    public void MissingLandUse_InTheSecondPeriod_CitesArticle3Point7Bis()
    {
        EmissionInventory inventory = CarbonDioxide("NOR", 1990);
        BaseYearOptions options = BaseYearOptions.FromReferenceData.WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear).WithNitrogenTrifluorideBaseYear(GasBaseYearChoice.PartyBaseYear);
        var ex = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, Party.FromCode("NOR"), Cp2, options));
        Assert.Equal("options", ex.ParamName);
        Assert.Contains("Art. 3.7 bis, second sentence", ex.Message, StringComparison.Ordinal);
        Assert.Contains("13/CMP.1 annex ¶5(b)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("3/CMP.11", ex.Message, StringComparison.Ordinal);
    }

    // BaseYearEmissions.cs L219 (All → Any), L227: in CP2 Hungary's land use is stated for each year of 1985–1987;
    // three figures of which one is for 1990 do not cover the base period.
    [Fact]
    public void LandUseFigures_MustCoverExactlyTheBasePeriod()
    {
        EmissionInventory inventory = CarbonDioxide("HUN", 1985, 1986, 1987);
        BaseYearOptions options = BaseYearOptions.FromReferenceData.WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear).WithNitrogenTrifluorideBaseYear(GasBaseYearChoice.PartyBaseYear);
        Co2e one = Co2e.FromTonnes(1L, GwpSet.Ar4);
        var ex = Assert.Throws<ArgumentException>(() => BaseYearEmissions.Calculate(inventory, Hungary, Cp2, options.WithLandUse(1985, one, one).WithLandUse(1986, one, one).WithLandUse(1990, one, one)));
        Assert.Equal("options", ex.ParamName);
        Assert.Contains("1985, 1986, 1990", ex.Message, StringComparison.Ordinal);
        Assert.Contains("average of 1985–1987", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Art. 3.7 bis", ex.Message, StringComparison.Ordinal);

        // 3 t of deforestation over three years: 1 t is added.
        BaseYearEmissions covered = BaseYearEmissions.Calculate(inventory, Hungary, Cp2, options.WithLandUse(1985, one, one).WithLandUse(1986, one, one).WithLandUse(1987, one, one));
        Assert.True(covered.LandUseWasANetSource);
        Assert.Equal(Tonnes(1m, GwpSet.Ar4), covered.LandUseChange);
    }

    // BaseYearEmissions.cs L241 (> 0 → >= 0): a land-use sector at exactly zero net is not a net source, so
    // deforestation is not added (Art. 3.7, second sentence).
    [Fact]
    public void LandUseSectorAtZeroNet_IsNotANetSource()
    {
        EmissionInventory inventory = CarbonDioxide("FRA", 1990);
        BaseYearEmissions result = BaseYearEmissions.Calculate(inventory, France, Cp1, BaseYearOptions.FromReferenceData.WithLandUse(1990, Sar(0m), Sar(10m)));
        Assert.False(result.LandUseWasANetSource);
        Assert.Equal(ExactCo2e.Zero, result.LandUseChange);
        Assert.Equal(Tonnes(1000m, GwpSet.Sar), result.Total);

        BaseYearEmissions source = BaseYearEmissions.Calculate(inventory, France, Cp1, BaseYearOptions.FromReferenceData.WithLandUse(1990, Sar(0.000001m), Sar(10m)));
        Assert.True(source.LandUseWasANetSource);
        Assert.Equal(Tonnes(10m, GwpSet.Sar), source.LandUseChange);
    }

    // BaseYearEmissions.cs L235, L236: each land-use figure is checked against the period's GWP set.
    [Fact]
    public void EachLandUseFigure_IsCheckedAgainstThePeriodsGwpSet()
    {
        EmissionInventory inventory = CarbonDioxide("FRA", 1990);
        Co2e ar4 = Co2e.FromTonnes(1L, GwpSet.Ar4);
        Assert.Throws<GwpSetMismatchException>(() => BaseYearEmissions.Calculate(inventory, France, Cp1, BaseYearOptions.FromReferenceData.WithLandUse(1990, ar4, Co2e.Zero)));
        Assert.Throws<GwpSetMismatchException>(() => BaseYearEmissions.Calculate(inventory, France, Cp1, BaseYearOptions.FromReferenceData.WithLandUse(1990, Co2e.Zero, ar4)));
    }

    // BaseYearOptions.cs L68, L78, L88: each choice is validated with its parameter name and rule.
    [Fact]
    public void Options_RefuseUndefinedChoices()
    {
        var baseYear = Assert.Throws<ArgumentException>(() => BaseYearOptions.FromReferenceData.WithBaseYear(default));
        Assert.Equal("baseYear", baseYear.ParamName);
        Assert.Contains("default(BaseYear)", baseYear.Message, StringComparison.Ordinal);

        var fgas = Assert.Throws<ArgumentOutOfRangeException>(() => BaseYearOptions.FromReferenceData.WithFluorinatedGasBaseYear(GasBaseYearChoice.Year2000));
        Assert.Equal("choice", fgas.ParamName);
        Assert.Contains("Art. 3.8 allows", fgas.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => BaseYearOptions.FromReferenceData.WithFluorinatedGasBaseYear((GasBaseYearChoice)0));

        var nf3 = Assert.Throws<ArgumentOutOfRangeException>(() => BaseYearOptions.FromReferenceData.WithNitrogenTrifluorideBaseYear((GasBaseYearChoice)4));
        Assert.Equal("choice", nf3.ParamName);
        Assert.Contains("Art. 3.8 bis", nf3.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => BaseYearOptions.FromReferenceData.WithNitrogenTrifluorideBaseYear((GasBaseYearChoice)0));
    }

    // BaseYearOptions.cs L103, L130–L132: land-use figures and the declaration exclude each other; years are in range and once.
    [Fact]
    public void Options_LandUse_IsValidated_WithTheRule()
    {
        Co2e one = Sar(1m);
        var declaration = Assert.Throws<ArgumentException>(() => BaseYearOptions.FromReferenceData.WithLandUse(1990, one, one).WithLandUseNotANetSource());
        Assert.Equal("options", declaration.ParamName);
        Assert.Contains("Art. 3.7, second sentence", declaration.Message, StringComparison.Ordinal);

        var figures = Assert.Throws<ArgumentException>(() => BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithLandUse(1990, one, one));
        Assert.Equal("year", figures.ParamName);
        Assert.Contains("Art. 3.7, second sentence", figures.Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => BaseYearOptions.FromReferenceData.WithLandUse(1990, one, one).WithLandUse(1990, one, one));
        Assert.Equal("year", twice.ParamName);
        Assert.Contains("1990", twice.Message, StringComparison.Ordinal);

        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => BaseYearOptions.FromReferenceData.WithLandUse(1969, one, one)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => BaseYearOptions.FromReferenceData.WithLandUse(2021, one, one)).ParamName);
        Assert.Single(BaseYearOptions.FromReferenceData.WithLandUse(1970, one, one).LandUse);
        Assert.Single(BaseYearOptions.FromReferenceData.WithLandUse(2020, one, one).LandUse);
    }

    // BaseYearOptions.cs L145–L149: the description states each choice, or where it comes from.
    [Fact]
    public void Options_ToString_StatesEachChoice()
    {
        Assert.Equal("base year: reference data; HFC/PFC/SF6: reference data; NF3: not stated", BaseYearOptions.FromReferenceData.ToString());
        Assert.Equal(
            "base year: average of 1985–1987; HFC/PFC/SF6: Year1995; NF3: Year2000; LULUCF not a net source (declared)",
            BaseYearOptions.FromReferenceData.WithBaseYear(BaseYear.Average(1985, 1987)).WithFluorinatedGasBaseYear(GasBaseYearChoice.Year1995).WithNitrogenTrifluorideBaseYear(GasBaseYearChoice.Year2000).WithLandUseNotANetSource().ToString());
        Assert.Equal(
            "base year: 1990; HFC/PFC/SF6: PartyBaseYear; NF3: not stated; land use stated for 1985, 1990",
            BaseYearOptions.FromReferenceData.WithBaseYear(BaseYear.Of(1990)).WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear).WithLandUse(1990, Sar(1m), Sar(1m)).WithLandUse(1985, Sar(1m), Sar(1m)).ToString());
    }

    // BaseYearLandUse.cs L48: one year's figures name the year and the CRF category.
    [Fact]
    public void LandUseYear_ToString_NamesTheYearAndBothFigures()
    {
        BaseYearLandUse year = BaseYearOptions.FromReferenceData.WithLandUse(1990, Sar(7m), Sar(10m)).LandUse[0];
        Assert.Equal(1990, year.Year);
        Assert.Equal("1990: LULUCF (CRF 4) " + Sar(7m) + ", deforestation " + Sar(10m), year.ToString());
    }
}
