using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Tests.Support;
using Xunit;

namespace Kyoto.Accounting.Tests.Parties;

/// <summary>Every Annex B row (both periods) and every EIT base year against the committed reference copies.</summary>
public class PartyReferenceTests
{
    public static IEnumerable<object[]> AnnexBFirstPeriodRows() =>
        ReferenceCsv.Read("annex-b-cp1.csv").Select(r => new object[] { r["party"], r["qelrc_cp1_pct_of_base_year"], r["eit"] });

    public static IEnumerable<object[]> AnnexBSecondPeriodRows() =>
        ReferenceCsv.Read("annex-b-cp2-doha.csv").Select(r => new object[] { r["party"], r["qelrc_cp2_pct_of_base_year"], r["eit"] });

    [Theory]
    [MemberData(nameof(AnnexBFirstPeriodRows))]
    public void AnnexBFirstPeriod_EveryRowMatches(string name, string percent, string eit)
    {
        Party party = Party.FromName(name);
        Assert.Equal(decimal.Parse(percent, CultureInfo.InvariantCulture), party.GetQelrc(CommitmentPeriod.First));
        Assert.Equal(eit == "yes", party.IsEconomyInTransition);
        Assert.True(party.IsAnnexI);
    }

    [Theory]
    [MemberData(nameof(AnnexBSecondPeriodRows))]
    public void AnnexBSecondPeriod_EveryRowMatches(string name, string percent, string eit)
    {
        Party party = Party.FromName(name);
        if (percent.Length == 0)
        {
            Assert.False(party.HasCommitment(CommitmentPeriod.Second));
            var ex = Assert.Throws<ArgumentException>(() => party.GetQelrc(CommitmentPeriod.Second));
            Assert.Equal("period", ex.ParamName);
            Assert.Contains("Doha", ex.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(decimal.Parse(percent, CultureInfo.InvariantCulture), party.GetQelrc(CommitmentPeriod.Second));
        }

        Assert.Equal(eit == "yes", party.IsEconomyInTransition);
    }

    [Fact]
    public void Catalogue_IsTheUnionOfBothAnnexBTables()
    {
        var names = ReferenceCsv.Read("annex-b-cp1.csv").Select(r => r["party"])
            .Concat(ReferenceCsv.Read("annex-b-cp2-doha.csv").Select(r => r["party"]))
            .Select(Party.FromName)
            .Distinct()
            .ToList();
        Assert.Equal(43, names.Count);
        Assert.Equal(Party.All.OrderBy(p => p.Code), names.OrderBy(p => p.Code));
        Assert.Equal(39, Party.InAnnexB(CommitmentPeriod.First).Count);
        Assert.Equal(38, Party.InAnnexB(CommitmentPeriod.Second).Count);
        Assert.Equal(Party.All.Count, Party.All.Select(p => p.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("BGR", 1988, 1988)]
    [InlineData("HUN", 1985, 1987)]
    [InlineData("POL", 1988, 1988)]
    [InlineData("ROU", 1989, 1989)]
    [InlineData("SVN", 1986, 1986)]
    public void EitAlternativeBaseYears_MatchRulesSection3(string code, int first, int last)
    {
        Party party = Party.FromCode(code);
        Assert.True(party.IsEconomyInTransition);
        Assert.Equal(first, party.BaseYear.FirstYear);
        Assert.Equal(last, party.BaseYear.LastYear);
    }

    [Fact]
    public void EveryOtherParty_Uses1990()
    {
        string[] alternative = { "BGR", "HUN", "POL", "ROU", "SVN" };
        Assert.All(Party.All.Where(p => !alternative.Contains(p.Code)), p => Assert.Equal(BaseYear.Default, p.BaseYear));
        Assert.Equal("average of 1985–1987", Party.FromCode("HUN").BaseYear.ToString());
    }

    [Fact]
    public void FluorinatedGasBaseYear_IsRecordedForTheEu15Only()
    {
        string[] eu15 = { "AUT", "BEL", "DNK", "FIN", "FRA", "DEU", "GRC", "IRL", "ITA", "LUX", "NLD", "PRT", "ESP", "SWE", "GBR" };
        foreach (Party party in Party.All)
        {
            int? expected = !eu15.Contains(party.Code) ? null : party.Code is "FRA" or "FIN" ? 1990 : 1995;
            Assert.Equal(expected, party.FluorinatedGasBaseYear);
        }
    }

    [Fact]
    public void EuropeanUnion_IsTheOnlyReio_AndFoundByBothNames()
    {
        Party eu = Party.FromCode("EUU");
        Assert.Same(eu, Party.FromName("European Community"));
        Assert.Same(eu, Party.FromName("european union"));
        Assert.Equal(new[] { eu }, Party.All.Where(p => p.IsRegionalEconomicIntegrationOrganization));
        Assert.Equal(PartyKind.RegionalEconomicIntegrationOrganization, eu.Kind);
    }

    [Fact]
    public void Lookups_RejectUnknownCodesAndNames()
    {
        var code = Assert.Throws<ArgumentException>(() => Party.FromCode("TUR"));
        Assert.Equal("code", code.ParamName);
        Assert.Contains("Annex B", code.Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Party.FromName("Atlantis")).ParamName);
        Assert.Throws<ArgumentNullException>(() => Party.FromCode(null!));
        Assert.False(Party.TryFromCode(null, out _));
        Assert.True(Party.TryFromCode("deu", out Party? germany));
        Assert.Equal("DEU Germany", germany.ToString());
        Assert.Throws<ArgumentNullException>(() => germany.GetQelrc(null!));
    }

    [Fact]
    public void BaseYear_FactoriesValidate()
    {
        Assert.Equal("lastYear", Assert.Throws<ArgumentException>(() => BaseYear.Average(1990, 1989)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => BaseYear.Of(1800));
        Assert.True(BaseYear.Average(1985, 1987).Contains(1986));
        Assert.Equal(3, BaseYear.Average(1985, 1987).YearCount);
        Assert.True(BaseYear.Of(1990) == BaseYear.Default);
    }
}
