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
/// Tests for mutants of <see cref="CollectiveProgress"/> (Art. 3.1, 3.1 bis) that survived the Stryker run of issue 13:
/// validations with their parameter names and rules, and the description.
/// </summary>
public class CollectiveProgressMutationKillTests
{
    private static readonly CommitmentPeriod Cp1 = CommitmentPeriod.First;
    private static readonly Party Germany = Party.FromCode("DEU");
    private static readonly Party France = Party.FromCode("FRA");

    // DEU and FRA: 1000 t in 1990, 900 t a year in 2008–2012.
    private static EmissionInventory Data()
    {
        var builder = new EmissionInventoryBuilder();
        foreach (string party in new[] { "DEU", "FRA" })
        {
            builder.Add(party, 1990, Gas.CarbonDioxide, Energy, 1000m).Add(party, 1995, Gas.CarbonDioxide, Energy, 1m);
            for (int year = 2008; year <= 2012; year++)
            {
                builder.Add(party, year, Gas.CarbonDioxide, Energy, 900m);
            }
        }

        return builder.Build();
    }

    private static BaseYearEmissions BaseYearOf(EmissionInventory data, Party party, CommitmentPeriod period) =>
        BaseYearEmissions.Calculate(data, party, period, BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear).WithNitrogenTrifluorideBaseYear(GasBaseYearChoice.PartyBaseYear));

    private static BaseYearEmissions FirstPeriodBaseYearOf(EmissionInventory data, Party party) =>
        BaseYearEmissions.Calculate(data, party, Cp1, BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear));

    // CollectiveProgress.cs L97, L119, L146, L147, L164, L165.
    [Fact]
    public void NullArguments_AreNamed()
    {
        EmissionInventory data = Data();
        EmissionTotals totals = data.Aggregate(Cp1, LulucfInclusion.Excluded);
        BaseYearEmissions[] baseYears = { FirstPeriodBaseYearOf(data, Germany) };
        Assert.Equal("totals", Assert.Throws<ArgumentNullException>(() => CollectiveProgress.ForPeriod(baseYears, null!)).ParamName);
        Assert.Equal("totals", Assert.Throws<ArgumentNullException>(() => CollectiveProgress.Against1990ForPeriod(new[] { Germany }, null!)).ParamName);
        Assert.Equal("baseYears", Assert.Throws<ArgumentNullException>(() => CollectiveProgress.ForYear(null!, totals, 2010)).ParamName);
        Assert.Equal("totals", Assert.Throws<ArgumentNullException>(() => CollectiveProgress.ForYear(baseYears, null!, 2010)).ParamName);
        Assert.Equal("parties", Assert.Throws<ArgumentNullException>(() => CollectiveProgress.Against1990ForYear(null!, totals, 2010)).ParamName);
        Assert.Equal("totals", Assert.Throws<ArgumentNullException>(() => CollectiveProgress.Against1990ForYear(new[] { Germany }, null!, 2010)).ParamName);
    }

    // CollectiveProgress.cs L149, L167: null elements are refused, wherever they are.
    [Fact]
    public void NullElements_AreRefused()
    {
        EmissionInventory data = Data();
        EmissionTotals totals = data.Aggregate(Cp1, LulucfInclusion.Excluded);
        var baseYear = Assert.Throws<ArgumentException>(() => CollectiveProgress.ForYear(new[] { FirstPeriodBaseYearOf(data, Germany), null! }, totals, 2010));
        Assert.Equal("baseYears", baseYear.ParamName);
        Assert.Contains("null", baseYear.Message, StringComparison.Ordinal);

        var party = Assert.Throws<ArgumentException>(() => CollectiveProgress.Against1990ForYear(new[] { Germany, null! }, totals, 2010));
        Assert.Equal("parties", party.ParamName);
        Assert.Contains("null", party.Message, StringComparison.Ordinal);
    }

    // CollectiveProgress.cs L150: every base year is for the period of the totals (Art. 5.3), not just one of them.
    [Fact]
    public void BaseYearsOfAnotherPeriod_AreRefused()
    {
        EmissionInventory data = Data();
        EmissionTotals totals = data.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded);
        BaseYearEmissions[] mixed = { BaseYearOf(data, Germany, CommitmentPeriod.Second), FirstPeriodBaseYearOf(data, France) };
        var ex = Assert.Throws<ArgumentException>(() => CollectiveProgress.ForPeriod(mixed, totals));
        Assert.Equal("baseYears", ex.ParamName);
        Assert.Contains(CommitmentPeriod.Second.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Contains("Art. 5.3", ex.Message, StringComparison.Ordinal);
    }

    // CollectiveProgress.cs L174, L175, L179, L180.
    [Fact]
    public void ThePartiesAndTheTotals_AreChecked_WithTheRule()
    {
        EmissionInventory data = Data();
        EmissionTotals totals = data.Aggregate(Cp1, LulucfInclusion.Excluded);
        var empty = Assert.Throws<ArgumentException>(() => CollectiveProgress.Against1990ForYear(Array.Empty<Party>(), totals, 2010));
        Assert.Equal("parties", empty.ParamName);
        Assert.Contains("at least one Party", empty.Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => CollectiveProgress.Against1990ForYear(new[] { Germany, Germany }, totals, 2010));
        Assert.Equal("parties", twice.ParamName);
        Assert.Contains("once", twice.Message, StringComparison.Ordinal);

        var reio = Assert.Throws<ArgumentException>(() => CollectiveProgress.Against1990ForYear(new[] { Party.FromCode("EUU"), Germany }, totals, 2010));
        Assert.Equal("parties", reio.ParamName);
        Assert.Contains("Art. 4, 25.4", reio.Message, StringComparison.Ordinal);

        var lulucf = Assert.Throws<ArgumentException>(() => CollectiveProgress.Against1990ForYear(new[] { Germany }, data.Aggregate(Cp1, LulucfInclusion.Included), 2010));
        Assert.Equal("totals", lulucf.ParamName);
        Assert.Contains("Art. 3.1", lulucf.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CollectiveProgress.ForYear(new[] { FirstPeriodBaseYearOf(data, Germany) }, data.Aggregate(Cp1, LulucfInclusion.Included), 2010));
    }

    // CollectiveProgress.cs L129, L137: the reduction is a percentage from 0 to 100; the description names the Parties and years.
    [Fact]
    public void IsAtLeastBelow_ChecksThePercentage_AndToStringDescribesTheProgress()
    {
        EmissionInventory data = Data();
        CollectiveProgress progress = CollectiveProgress.Against1990ForPeriod(new[] { Germany, France }, data.Aggregate(Cp1, LulucfInclusion.Excluded));

        // Base 2 × 1000 t, emissions 2 × 900 t × 5 years against 5 × the base: 10 % below.
        Assert.True(progress.IsAtLeastBelow(10m));
        Assert.False(progress.IsAtLeastBelow(10.1m));
        Assert.Equal("percentBelow", Assert.Throws<ArgumentOutOfRangeException>(() => progress.IsAtLeastBelow(100.1m)).ParamName);
        Assert.Equal("percentBelow", Assert.Throws<ArgumentOutOfRangeException>(() => progress.IsAtLeastBelow(-0.1m)).ParamName);
        Assert.Equal("2 Parties, 2008–2012: change " + progress.Change + " against " + progress.BaseLevel, progress.ToString());
    }
}
