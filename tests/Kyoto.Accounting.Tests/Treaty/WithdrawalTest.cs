using System;
using Kyoto.Accounting.Treaty;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Treaty.TreatyFixtures;

namespace Kyoto.Accounting.Tests.Treaty;

/// <summary>Art. 27: when a Party may give notice, when withdrawal takes effect, and withdrawal from the Convention.</summary>
public class WithdrawalTest
{
    private static readonly TreatyParty Can = State("CAN", annexI: true);

    /// <summary>In force 2005-02-16: CAN (33 Gg) and JPN (67 Gg) plus 53 others deposit on 2004-11-18; LATE accedes 2006-01-31.</summary>
    private static TreatyRecord InForce2005()
    {
        AnnexIEmissions1990 emissions = AnnexIEmissions1990.Empty.WithGigagrams(Can, 33m).WithGigagrams(State("JPN", annexI: true), 67m);
        return TreatyRecord.Create(emissions)
            .Accede([Can, State("JPN", annexI: true), .. States("N", 53)], D(2004, 11, 18))
            .Accede(State("LATE"), D(2006, 1, 31));
    }

    [Theory]
    [InlineData("2011-12-15", "2012-12-15")]
    [InlineData("2012-02-29", "2013-03-01")]
    [InlineData("2011-03-01", "2012-03-01")]
    [InlineData("2015-02-28", "2016-02-28")]
    [InlineData("2016-02-28", "2017-02-28")]
    [InlineData("2015-12-31", "2016-12-31")]
    public void Withdrawal_takes_effect_one_year_after_receipt(string received, string effective)
    {
        Assert.Equal(Parse(effective), KyotoProtocol.WithdrawalTakesEffect(Parse(received)));
    }

    [Theory]
    [InlineData("2005-02-16", "2008-02-16")]
    [InlineData("2004-02-29", "2007-03-01")]
    [InlineData("2008-02-29", "2011-03-01")]
    [InlineData("2005-03-01", "2008-03-01")]
    public void Notice_is_allowed_three_years_after_entry_into_force_for_the_Party(string inForce, string earliest)
    {
        Assert.Equal(Parse(earliest), KyotoProtocol.EarliestWithdrawalNotice(Parse(inForce)));
    }

    [Fact]
    public void Canada_like_withdrawal_ends_the_obligation_one_year_after_notice()
    {
        TreatyRecord record = InForce2005();
        Assert.True(record.TryGetEarliestWithdrawalNotice(Can, out LocalDate earliest));
        Assert.Equal(D(2008, 2, 16), earliest);

        TreatyRecord withdrawn = record.WithWithdrawalNotice(Can, D(2011, 12, 15));

        Assert.True(withdrawn.TryGetWithdrawalNotice(Can, out WithdrawalNotice? notice));
        Assert.Equal(D(2012, 12, 15), notice.TakesEffectOn);
        Assert.Null(notice.SpecifiedDate);
        Assert.Equal("CAN withdrawal received 2011-12-15, takes effect 2012-12-15", notice.ToString());
        Assert.True(withdrawn.IsBound(Can, D(2012, 12, 14)));
        Assert.False(withdrawn.IsBound(Can, D(2012, 12, 15)));
        Assert.Contains(Can, withdrawn.BoundParties(D(2012, 12, 14)));
        Assert.DoesNotContain(Can, withdrawn.BoundParties(D(2012, 12, 15)));
        Assert.True(record.IsBound(Can, D(2012, 12, 15)));
        Assert.Single(withdrawn.WithdrawalNotices);
    }

    [Fact]
    public void Notice_on_the_earliest_day_is_accepted_and_the_day_before_is_rejected()
    {
        TreatyRecord record = InForce2005();
        Assert.Single(record.WithWithdrawalNotice(Can, D(2008, 2, 16)).WithdrawalNotices);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => record.WithWithdrawalNotice(Can, D(2008, 2, 15)));
        Assert.Equal("receivedOn", ex.ParamName);
        Assert.Contains("Art. 27.1", ex.Message, StringComparison.Ordinal);

        // A later Party counts its three years from its own entry into force: 2006-05-01.
        var late = Assert.Throws<ArgumentOutOfRangeException>(() => record.WithWithdrawalNotice(State("LATE"), D(2009, 4, 30)));
        Assert.Contains("2006-05-01", late.Message, StringComparison.Ordinal);
        Assert.Single(record.WithWithdrawalNotice(State("LATE"), D(2009, 5, 1)).WithdrawalNotices);
    }

    [Fact]
    public void Notice_may_name_a_later_date_but_not_an_earlier_one()
    {
        TreatyRecord record = InForce2005();
        TreatyRecord later = record.WithWithdrawalNotice(Can, D(2012, 2, 29), D(2014, 1, 1));
        Assert.True(later.TryGetWithdrawalTakesEffect(Can, out LocalDate effective));
        Assert.Equal(D(2014, 1, 1), effective);

        Assert.Single(record.WithWithdrawalNotice(Can, D(2012, 2, 29), D(2013, 3, 1)).WithdrawalNotices);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => record.WithWithdrawalNotice(Can, D(2012, 2, 29), D(2013, 2, 28)));
        Assert.Equal("takesEffectOn", ex.ParamName);
        Assert.Contains("Art. 27.2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_before_the_Protocol_is_in_force_or_twice_is_rejected()
    {
        TreatyRecord notInForce = TreatyRecord.Create(AnnexIEmissions1990.Empty).Accede(State("X1"), D(2000, 1, 1));
        var ex = Assert.Throws<ArgumentException>(() => notInForce.WithWithdrawalNotice(State("X1"), D(2010, 1, 1)));
        Assert.Equal("party", ex.ParamName);
        Assert.Contains("Art. 27.1", ex.Message, StringComparison.Ordinal);
        Assert.False(notInForce.TryGetEarliestWithdrawalNotice(State("X1"), out _));

        TreatyRecord once = InForce2005().WithWithdrawalNotice(Can, D(2011, 12, 15));
        Assert.Throws<ArgumentException>("party", () => once.WithWithdrawalNotice(Can, D(2011, 12, 16)));
    }

    [Fact]
    public void Withdrawal_from_the_Convention_is_withdrawal_from_the_Protocol()
    {
        TreatyRecord record = InForce2005()
            .WithConventionWithdrawal(State("N001"), D(2010, 6, 30))
            .WithConventionWithdrawal(Can, D(2012, 1, 1))
            .WithWithdrawalNotice(Can, D(2011, 12, 15));

        Assert.True(record.IsBound(State("N001"), D(2010, 6, 29)));
        Assert.False(record.IsBound(State("N001"), D(2010, 6, 30)));
        Assert.True(record.TryGetConventionWithdrawal(Can, out LocalDate fromConvention));
        Assert.Equal(D(2012, 1, 1), fromConvention);
        Assert.True(record.TryGetWithdrawalTakesEffect(Can, out LocalDate effective));
        Assert.Equal(D(2012, 1, 1), effective); // earlier than the notice's 2012-12-15
        Assert.False(record.TryGetWithdrawalTakesEffect(State("JPN", annexI: true), out _));

        Assert.Throws<ArgumentException>("party", () => record.WithConventionWithdrawal(State("NOPE"), D(2010, 1, 1)));
        Assert.Throws<ArgumentException>("party", () => record.WithConventionWithdrawal(Can, D(2013, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>("takesEffectOn", () => record.WithConventionWithdrawal(State("LATE"), D(2006, 1, 30)));
    }

    private static LocalDate Parse(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
