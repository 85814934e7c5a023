using System;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Periods;
using NodaTime;
using Xunit;

namespace Kyoto.Accounting.Tests.Periods;

public class CommitmentPeriodTests
{
    [Fact]
    public void FirstPeriod_MatchesArticles3And5()
    {
        CommitmentPeriod cp1 = CommitmentPeriod.First;
        Assert.Equal(new DateInterval(new LocalDate(2008, 1, 1), new LocalDate(2012, 12, 31)), cp1.Dates);
        Assert.Equal(5, cp1.LengthInYears);
        Assert.Equal(5, cp1.AssignedAmountMultiplier);
        Assert.Same(GwpSet.Sar, cp1.GwpSet);
        Assert.False(cp1.Covers(GasGroup.NitrogenTrifluoride));
        Assert.DoesNotContain(Gas.NitrogenTrifluoride, cp1.Gases);
        Assert.False(cp1.Includes(Gas.FromCode("HFC-245fa")));
        Assert.Equal(new LocalDate(2015, 8, 10), cp1.ReviewCompletionDate);
        Assert.Equal(new LocalDate(2015, 11, 18), cp1.AdditionalPeriodEnd);
        Assert.Equal("CP1 (2008–2012)", cp1.ToString());
    }

    [Fact]
    public void SecondPeriod_MatchesTheDohaAmendment()
    {
        CommitmentPeriod cp2 = CommitmentPeriod.Second;
        Assert.Equal(new LocalDate(2013, 1, 1), cp2.Dates.Start);
        Assert.Equal(new LocalDate(2020, 12, 31), cp2.Dates.End);
        Assert.Equal(8, cp2.LengthInYears);
        Assert.Equal(8, cp2.AssignedAmountMultiplier);
        Assert.Same(GwpSet.Ar4, cp2.GwpSet);
        Assert.True(cp2.Includes(Gas.NitrogenTrifluoride));
        Assert.Equal(Gas.All.Where(g => g.ReportedAsCo2eUnder != GwpSet.Sar), cp2.Gases);
        Assert.Equal(new LocalDate(2023, 9, 9), cp2.AdditionalPeriodEnd);
    }

    [Fact]
    public void Lookups_ByNumberAndYear()
    {
        Assert.Same(CommitmentPeriod.Second, CommitmentPeriod.FromNumber(2));
        Assert.True(CommitmentPeriod.TryFromYear(2012, out CommitmentPeriod? p) && p == CommitmentPeriod.First);
        Assert.True(CommitmentPeriod.TryFromYear(2013, out p) && p == CommitmentPeriod.Second);
        Assert.False(CommitmentPeriod.TryFromYear(2021, out _));
        Assert.True(CommitmentPeriod.First.Contains(new LocalDate(2012, 12, 31)));
        Assert.False(CommitmentPeriod.First.Contains(new LocalDate(2013, 1, 1)));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CommitmentPeriod.FromNumber(3));
        Assert.Equal("number", ex.ParamName);
    }

    [Fact]
    public void EveryPeriodGas_HasAValueInThePeriodsSet() =>
        Assert.All(CommitmentPeriod.All.SelectMany(p => p.Gases.Select(g => (p, g))), x => Assert.True(x.p.GwpSet.Contains(x.g)));
}
