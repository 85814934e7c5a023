using System.Linq;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Treaty;
using Xunit;
using static Kyoto.Accounting.Tests.Treaty.TreatyFixtures;

namespace Kyoto.Accounting.Tests.Treaty;

/// <summary>Art. 25.1, 25.3 and 25.4 on synthetic data: which condition is met last, ties, thresholds, leap years.</summary>
public class ProtocolEntryIntoForceTest
{
    // Annex I: A0 30 Gg, A1 25 Gg, A2 25 Gg, A3 20 Gg; total 100 Gg.
    private static readonly (System.Collections.Generic.List<TreatyParty> Parties, AnnexIEmissions1990 Emissions) Annex = AnnexI(30m, 25m, 25m, 20m);

    [Fact]
    public void PartyCount_met_last_enters_into_force_90_days_after_the_55th_Party()
    {
        var others = States("N", 53);
        TreatyRecord record = TreatyRecord.Create(Annex.Emissions)
            .Accede(Annex.Parties.Take(2), D(2000, 1, 10))   // 55 Gg of 100: exactly 55.0 %
            .Accede(others.Take(52), D(2000, 2, 1))          // 54 Parties
            .Accede(others[52], D(2000, 3, 1));              // the 55th

        ProtocolEntryIntoForce result = record.EntryIntoForce;

        Assert.True(result.ConditionsMet);
        Assert.Equal(D(2000, 3, 1), result.ConditionsMetOn);
        Assert.Equal(D(2000, 5, 30), result.EntryIntoForce);
        Assert.Equal(EntryIntoForceCondition.PartyCount, result.LastConditionMet);
        Assert.Equal(D(2000, 1, 10), result.EmissionsShareMet!.Date);
        Assert.Equal(2, result.EmissionsShareMet.PartyCount);
        Assert.Equal(D(2000, 3, 1), result.PartyCountMet!.Date);
        Assert.Equal(others[52], Assert.Single(result.PartyCountMet.DepositsOnDate).Party);
        Assert.Equal(55, result.Latest!.PartyCount);
        Assert.Equal(GasMass.FromTonnes(55_000m), result.Latest.CoveredEmissions);
        Assert.Equal(GasMass.FromTonnes(100_000m), result.Latest.TotalEmissions);
    }

    [Fact]
    public void EmissionsShare_met_last_counts_from_the_deposit_that_crosses_55_percent_and_lands_on_a_leap_day()
    {
        var others = States("N", 53);
        TreatyRecord record = TreatyRecord.Create(Annex.Emissions)
            .Accede(others, D(2001, 6, 1))
            .Accede(Annex.Parties[3], D(2001, 6, 1))   // 54 Parties, 20 %
            .Accede(Annex.Parties[2], D(2001, 7, 1))   // 55 Parties, 45 %
            .Accede(Annex.Parties[1], D(2003, 12, 1)); // 70 %

        ProtocolEntryIntoForce result = record.EntryIntoForce;

        Assert.Equal(EntryIntoForceCondition.EmissionsShare, result.LastConditionMet);
        Assert.Equal(D(2001, 7, 1), result.PartyCountMet!.Date);
        Assert.False(result.PartyCountMet.MeetsEmissionsShare);
        Assert.Equal(D(2003, 12, 1), result.EmissionsShareMet!.Date);
        Assert.Equal(D(2004, 2, 29), result.EntryIntoForce);
        Assert.Equal("70.000 %", result.Latest!.FormatShare());
    }

    [Fact]
    public void Deposits_on_one_date_count_together_and_that_date_is_the_trigger()
    {
        var others = States("N", 52);
        TreatyRecord record = TreatyRecord.Create(Annex.Emissions)
            .Accede(others.Take(50), D(2002, 1, 1))
            .Accede(Annex.Parties[3], D(2002, 1, 1))  // 51 Parties, 20 %
            .Accede([Annex.Parties[0], Annex.Parties[1], others[50], others[51]], D(2002, 2, 2));

        ProtocolEntryIntoForce result = record.EntryIntoForce;

        Assert.Equal(EntryIntoForceCondition.Both, result.LastConditionMet);
        Assert.Equal(D(2002, 2, 2), result.ConditionsMetOn);
        Assert.Same(result.PartyCountMet, result.EmissionsShareMet);
        Assert.Equal(4, result.Latest!.DepositsOnDate.Count);
        Assert.All(result.Latest.DepositsOnDate, d => Assert.Equal(D(2002, 2, 2), d.Date));
        Assert.Equal(55, result.Latest.PartyCount);
        Assert.Equal(GasMass.FromTonnes(75_000m), result.Latest.CoveredEmissions);
        Assert.Equal(
            ["A0", "A1", "N050", "N051"],
            result.Latest.DepositsOnDate.Select(d => d.Party.Code).ToArray());
    }

    [Theory]
    [InlineData(55, true)]
    [InlineData(54, false)]
    public void Exactly_55_Parties_is_enough(int parties, bool met)
    {
        var (annexI, emissions) = AnnexI(1m);
        TreatyRecord record = TreatyRecord.Create(emissions)
            .Accede(annexI, D(2000, 1, 1))
            .Accede(States("N", parties - 1), D(2000, 1, 2));

        Assert.Equal(met, record.EntryIntoForce.ConditionsMet);
        Assert.Equal(parties, record.EntryIntoForce.Latest!.PartyCount);
        Assert.Equal(met, record.EntryIntoForce.Latest.MeetsPartyCount);
    }

    [Theory]
    [InlineData("55", "45", true)]
    [InlineData("54.999999999", "45.000000001", false)]
    [InlineData("55.000000001", "44.999999999", true)]
    [InlineData("11", "9", true)] // 55 % of a total of 20
    public void Exactly_55_percent_is_enough_and_decided_exactly(string depositedGg, string otherGg, bool met)
    {
        decimal deposited = decimal.Parse(depositedGg, System.Globalization.CultureInfo.InvariantCulture);
        decimal other = decimal.Parse(otherGg, System.Globalization.CultureInfo.InvariantCulture);
        var (annexI, emissions) = AnnexI(deposited, other);
        TreatyRecord record = TreatyRecord.Create(emissions)
            .Accede(annexI[0], D(2000, 1, 1))
            .Accede(States("N", 60), D(2000, 1, 1));

        Assert.Equal(met, record.EntryIntoForce.ConditionsMet);
        Assert.Equal(met, record.EntryIntoForce.Latest!.MeetsEmissionsShare);
    }

    [Fact]
    public void Not_in_force_is_an_answer_that_says_how_far_deposits_got()
    {
        TreatyRecord record = TreatyRecord.Create(Annex.Emissions)
            .Accede(States("N", 10), D(2000, 1, 1))
            .Accede(Annex.Parties[0], D(2000, 6, 1));

        ProtocolEntryIntoForce result = record.EntryIntoForce;

        Assert.False(result.ConditionsMet);
        Assert.False(result.TryGetEntryIntoForce(out _));
        Assert.Null(result.EntryIntoForce);
        Assert.Null(result.LastConditionMet);
        Assert.Null(result.PartyCountMet);
        Assert.Null(result.EmissionsShareMet);
        Assert.Equal(D(2000, 6, 1), result.Latest!.Date);
        Assert.Equal(11, result.Latest.PartyCount);
        Assert.Equal("Not in force. Latest: 2000-06-01: 11 Parties, 30.000 % of Annex I 1990 CO2 (A0)", result.ToString());
        Assert.Equal("Not in force: no instruments deposited.", TreatyRecord.Create(Annex.Emissions).EntryIntoForce.ToString());
    }

    [Fact]
    public void A_REIO_instrument_is_not_additional_to_its_member_States()
    {
        TreatyRecord record = TreatyRecord.Create(Annex.Emissions)
            .Accede(Annex.Parties, D(2000, 1, 1))
            .Accede(States("N", 50), D(2000, 1, 1))
            .Accede(Reio(), D(2000, 2, 1));

        Assert.False(record.EntryIntoForce.ConditionsMet);
        Assert.Equal(54, record.EntryIntoForce.Latest!.PartyCount);

        TreatyRecord completed = record.Accede(State("LAST"), D(2000, 3, 1));
        Assert.Equal(D(2000, 3, 1), completed.EntryIntoForce.ConditionsMetOn);
        Assert.True(completed.TryGetEntryIntoForceFor(Reio(), out var forReio));
        Assert.Equal(D(2000, 5, 30), forReio);
    }

    [Fact]
    public void A_later_Party_is_bound_from_the_ninetieth_day_after_its_own_deposit()
    {
        TreatyRecord record = TreatyRecord.Create(Annex.Emissions)
            .Accede(Annex.Parties.Take(3), D(2004, 11, 18))
            .Accede(States("N", 52), D(2004, 11, 18))
            .Accede(State("MID"), D(2005, 1, 10))    // after the conditions, before entry into force
            .Accede(State("LATE"), D(2008, 2, 1));   // long after

        Assert.Equal(D(2005, 2, 16), record.EntryIntoForce.EntryIntoForce);
        Assert.True(record.TryGetEntryIntoForceFor(Annex.Parties[0], out var first));
        Assert.Equal(D(2005, 2, 16), first);
        Assert.True(record.TryGetEntryIntoForceFor(State("MID"), out var mid));
        Assert.Equal(D(2005, 4, 10), mid);
        Assert.True(record.TryGetEntryIntoForceFor(State("LATE"), out var late));
        Assert.Equal(D(2008, 5, 1), late); // 2008 is a leap year: Feb has 29 days
        Assert.False(record.TryGetEntryIntoForceFor(Annex.Parties[3], out _));

        Assert.False(record.IsBound(Annex.Parties[0], D(2005, 2, 15)));
        Assert.True(record.IsBound(Annex.Parties[0], D(2005, 2, 16)));
        Assert.False(record.IsBound(State("MID"), D(2005, 4, 9)));
        Assert.True(record.IsBound(State("MID"), D(2005, 4, 10)));
        Assert.Equal(55, record.BoundParties(D(2005, 2, 16)).Count);
        Assert.Equal(56, record.BoundParties(D(2005, 4, 10)).Count);
        Assert.Equal(57, record.BoundParties(D(2008, 5, 1)).Count);
        Assert.DoesNotContain(Annex.Parties[3], record.BoundParties(D(2020, 1, 1)));
    }

    [Fact]
    public void Explanation_names_dates_counts_and_shares()
    {
        var others = States("N", 53);
        TreatyRecord record = TreatyRecord.Create(Annex.Emissions)
            .Accede(Annex.Parties.Take(2), D(2000, 1, 10))
            .Accede(others, D(2000, 2, 1));

        Assert.Equal(
            "In force on 2000-05-01, 90 days after 2000-02-01 (PartyCount met last). "
            + "55 Parties: 2000-02-01: 55 Parties, 55.000 % of Annex I 1990 CO2 (" + string.Join(", ", others.Select(p => p.Code)) + "); "
            + "55 %: 2000-01-10: 2 Parties, 55.000 % of Annex I 1990 CO2 (A0, A1)",
            record.EntryIntoForce.ToString());
    }

    [Fact]
    public void Signatories_ratify_accept_or_approve_after_signing()
    {
        TreatyRecord record = TreatyRecord.Create(Annex.Emissions)
            .WithSignature(Annex.Parties[0], D(1998, 4, 29))
            .WithDeposit(Annex.Parties[0], InstrumentKind.Approval, D(2002, 5, 31))
            .WithSignature(State("SIG"), D(1999, 3, 15))
            .WithDeposit(State("SIG"), InstrumentKind.Ratification, D(1999, 3, 15));

        Assert.True(record.TryGetSignature(State("SIG"), out var signed));
        Assert.Equal(D(1999, 3, 15), signed);
        Assert.True(record.TryGetDeposit(Annex.Parties[0], out var deposit));
        Assert.Equal(InstrumentKind.Approval, deposit.Kind);
        Assert.Equal("A0 Approval 2002-05-31", deposit.ToString());
        Assert.Equal(["SIG", "A0"], record.Deposits.Select(d => d.Party.Code).ToArray());
    }
}
