using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Treaty;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Treaty.TreatyFixtures;

namespace Kyoto.Accounting.Tests.Treaty;

/// <summary>Art. 20.4, 20.5 and 21.7: amendments enter into force on three fourths of the Parties' acceptances.</summary>
public class AmendmentEntryIntoForceTest
{
    private static readonly Amendment Doha = Amendment.Create("Doha", AmendmentKind.AnnexB, D(2012, 12, 8));
    private static readonly Amendment Early = Amendment.Create("Early", AmendmentKind.Protocol, D(2003, 1, 1));

    private static TreatyRecord Accept(TreatyRecord record, Amendment amendment, IEnumerable<TreatyParty> parties, LocalDate date) =>
        parties.Aggregate(record, (r, p) => r.WithAmendmentAcceptance(amendment, p, date));

    [Theory]
    [InlineData(AmendmentKind.Protocol)]
    [InlineData(AmendmentKind.AnnexA)]
    [InlineData(AmendmentKind.AnnexB)]
    public void Three_fourths_of_56_Parties_is_42_and_the_amendment_enters_into_force_90_days_later(AmendmentKind kind)
    {
        Amendment amendment = Amendment.Create("AM1", kind, D(2009, 12, 1));
        var (record, states) = InForce();
        record = Accept(record, amendment, states.Take(41), D(2010, 1, 1));

        AmendmentEntryIntoForce pending = record.AmendmentEntryIntoForce(amendment);
        Assert.False(pending.ConditionsMet);
        Assert.Equal(41, pending.Latest!.AcceptedCount);
        Assert.Equal(56, pending.Latest.PartyCount);
        Assert.False(pending.TryGetEntryIntoForce(out _));

        record = Accept(record, amendment, states.Skip(41).Take(1), D(2010, 2, 1));
        AmendmentEntryIntoForce result = record.AmendmentEntryIntoForce(amendment);

        Assert.True(result.ConditionsMet);
        Assert.Equal(D(2010, 2, 1), result.ConditionsMetOn);
        Assert.Equal(D(2010, 5, 2), result.EntryIntoForce);
        Assert.Equal(42, result.Latest!.AcceptedCount);
        Assert.Equal(states[41], Assert.Single(result.Latest.AcceptedOnDate));
        Assert.Equal("AM1 in force on 2010-05-02, 90 days after 2010-02-01: 42 of 56 Parties accepted (N040)", result.ToString());
    }

    [Fact]
    public void Later_acceptors_are_bound_on_the_ninetieth_day_after_their_own_acceptance()
    {
        var (record, states) = InForce();
        record = Accept(record, Doha, states.Take(42), D(2013, 1, 1));
        record = record.WithAmendmentAcceptance(Doha, states[50], D(2016, 2, 1));

        Assert.True(record.TryGetAmendmentEntryIntoForceFor(Doha, states[0], out LocalDate first));
        Assert.Equal(D(2013, 4, 1), first);
        Assert.True(record.TryGetAmendmentEntryIntoForceFor(Doha, states[50], out LocalDate later));
        Assert.Equal(D(2016, 5, 1), later); // 2016 is a leap year
        Assert.False(record.TryGetAmendmentEntryIntoForceFor(Doha, states[51], out _));

        Assert.False(record.IsBoundByAmendment(Doha, states[0], D(2013, 3, 31)));
        Assert.True(record.IsBoundByAmendment(Doha, states[0], D(2013, 4, 1)));
        Assert.False(record.IsBoundByAmendment(Doha, states[50], D(2016, 4, 30)));
        Assert.True(record.IsBoundByAmendment(Doha, states[50], D(2016, 5, 1)));
        Assert.False(record.IsBoundByAmendment(Doha, states[51], D(2020, 1, 1)));
        Assert.True(record.IsBound(states[51], D(2020, 1, 1)));
    }

    [Fact]
    public void A_REIO_acceptance_is_not_counted_as_additional()
    {
        var (record, states) = InForce();
        record = record.Accede(Reio(), D(2000, 1, 3));
        record = Accept(record, Doha, [.. states.Take(41), Reio()], D(2013, 1, 1));

        AmendmentEntryIntoForce result = record.AmendmentEntryIntoForce(Doha);
        Assert.False(result.ConditionsMet);
        Assert.Equal(41, result.Latest!.AcceptedCount);
        Assert.Equal(56, result.Latest.PartyCount);
        Assert.Equal(42, result.Latest.AcceptedOnDate.Count);
    }

    [Fact]
    public void Withdrawn_Parties_are_no_longer_counted_among_the_Parties()
    {
        var (record, states) = InForce();
        // Two non-accepting Parties withdraw with effect from 2006-01-01: 54 Parties remain, three fourths is 40.5.
        record = record.WithWithdrawalNotice(states[54], D(2005, 1, 1)).WithWithdrawalNotice(states[55], D(2005, 1, 1));
        record = Accept(record, Doha, states.Take(41), D(2013, 1, 1));

        AmendmentEntryIntoForce result = record.AmendmentEntryIntoForce(Doha);
        Assert.True(result.ConditionsMet);
        Assert.Equal(54, result.Latest!.PartyCount);
        Assert.Equal(41, result.Latest.AcceptedCount);
        Assert.Equal(D(2013, 4, 1), result.EntryIntoForce);
    }

    [Fact]
    public void The_condition_is_checked_when_a_State_that_accepted_becomes_a_Party()
    {
        // Review finding: 41 of 55 accepted (not three fourths); a new State accedes and accepts the same day.
        // When the Protocol enters into force for it, 42 of 56 have accepted: three fourths is met that day,
        // although no acceptance arrives then.
        var (record, states) = InForce();
        record = record.WithWithdrawalNotice(states[55], D(2005, 1, 1)); // 55 Parties from 2006-01-01
        record = Accept(record, Early, states.Take(41), D(2010, 1, 1));
        Assert.False(record.AmendmentEntryIntoForce(Early).ConditionsMet);

        TreatyParty newcomer = State("NEW");
        record = record.Accede(newcomer, D(2010, 2, 1)).WithAmendmentAcceptance(Early, newcomer, D(2010, 2, 1));
        AmendmentEntryIntoForce result = record.AmendmentEntryIntoForce(Early);
        Assert.Equal(D(2010, 5, 2), result.ConditionsMetOn); // the 90th day after the accession
        Assert.Equal(42, result.Latest!.AcceptedCount);
        Assert.Equal(56, result.Latest.PartyCount);
        Assert.Empty(result.Latest.AcceptedOnDate);
    }

    [Fact]
    public void The_condition_is_checked_when_a_withdrawal_takes_effect()
    {
        // 41 of 56 accept in 2004; three non-accepting Parties' withdrawals take effect on 2006-01-01: 41 of 53 ≥ 39.75.
        var (record, states) = InForce();
        record = Accept(record, Early, states.Take(41), D(2004, 1, 1));
        Assert.False(record.AmendmentEntryIntoForce(Early).ConditionsMet);
        record = record.WithWithdrawalNotice(states[53], D(2005, 1, 1)).WithWithdrawalNotice(states[54], D(2005, 1, 1)).WithWithdrawalNotice(states[55], D(2005, 1, 1));
        AmendmentEntryIntoForce result = record.AmendmentEntryIntoForce(Early);
        Assert.Equal(D(2006, 1, 1), result.ConditionsMetOn);
        Assert.Equal(53, result.Latest!.PartyCount);
    }

    [Fact]
    public void A_Party_that_has_withdrawn_cannot_accept_an_amendment()
    {
        var (record, states) = InForce();
        record = record.WithWithdrawalNotice(states[55], D(2005, 1, 1)); // takes effect 2006-01-01
        var ex = Assert.Throws<System.ArgumentException>(() => record.WithAmendmentAcceptance(Early, states[55], D(2010, 1, 1)));
        Assert.Equal("party", ex.ParamName);
        Assert.Contains("Art. 27", ex.Message, System.StringComparison.Ordinal);
        record.WithAmendmentAcceptance(Early, states[55], D(2005, 12, 31)); // still a Party the day before
    }

    [Fact]
    public void A_Party_not_yet_bound_by_the_Protocol_counts_once_it_is()
    {
        var (record, states) = InForce();
        TreatyParty newcomer = State("NEW");
        record = record.Accede(newcomer, D(2012, 12, 20)).WithAmendmentAcceptance(Doha, newcomer, D(2012, 12, 20));
        record = Accept(record, Doha, states.Take(42), D(2013, 1, 1)); // NEW not bound until 2013-03-20: 42 of 56

        AmendmentEntryIntoForce result = record.AmendmentEntryIntoForce(Doha);
        Assert.Equal(D(2013, 1, 1), result.ConditionsMetOn);
        Assert.Equal(56, result.Latest!.PartyCount);
        Assert.Equal(42, result.Latest.AcceptedCount);
        Assert.True(record.TryGetAmendmentEntryIntoForceFor(Doha, newcomer, out LocalDate forNewcomer));
        Assert.Equal(D(2013, 4, 1), forNewcomer);
        Assert.False(record.IsBoundByAmendment(Doha, newcomer, D(2013, 3, 19)));
    }

    [Fact]
    public void An_amendment_without_acceptances_is_not_in_force()
    {
        var (record, _) = InForce();
        AmendmentEntryIntoForce result = record.AmendmentEntryIntoForce(Doha);
        Assert.False(result.ConditionsMet);
        Assert.Null(result.Latest);
        Assert.Null(result.EntryIntoForce);
        Assert.Equal("Doha not in force. Latest: no acceptances", result.ToString());
        Assert.Empty(record.Amendments);
    }

    [Fact]
    public void Bad_acceptances_are_rejected_naming_the_argument_and_rule()
    {
        var (record, states) = InForce();
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => record.WithAmendmentAcceptance(Doha, states[0], D(2012, 12, 7)));
        Assert.Equal("date", early.ParamName);
        Assert.Contains("Art. 20.3, 20.4", early.Message, StringComparison.Ordinal);

        var nonParty = Assert.Throws<ArgumentException>(() => record.WithAmendmentAcceptance(Doha, State("OUT"), D(2013, 1, 1)));
        Assert.Equal("party", nonParty.ParamName);
        Assert.Contains("Art. 20.4", nonParty.Message, StringComparison.Ordinal);

        TreatyRecord accepted = record.WithAmendmentAcceptance(Doha, states[0], D(2013, 1, 1));
        Assert.Throws<ArgumentException>("party", () => accepted.WithAmendmentAcceptance(Doha, states[0], D(2013, 1, 2)));
        Amendment conflicting = Amendment.Create("Doha", AmendmentKind.Protocol, D(2012, 12, 8));
        Assert.Throws<ArgumentException>("amendment", () => accepted.WithAmendmentAcceptance(conflicting, states[1], D(2013, 1, 2)));
        Assert.Throws<ArgumentException>("amendment", () => accepted.AmendmentEntryIntoForce(conflicting));
        Assert.Throws<ArgumentOutOfRangeException>("adoptedOn", () => Amendment.Create("X", AmendmentKind.Protocol, D(1997, 12, 10)));
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => Amendment.Create("X", (AmendmentKind)7, D(2012, 12, 8)));
        Assert.Throws<ArgumentException>("id", () => Amendment.Create(" ", AmendmentKind.Protocol, D(2012, 12, 8)));
        Assert.Equal("Doha (AnnexB, adopted 2012-12-08)", Doha.ToString());
    }
}
