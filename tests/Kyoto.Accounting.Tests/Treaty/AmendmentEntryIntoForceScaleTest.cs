using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Kyoto.Accounting.Treaty;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Treaty.TreatyFixtures;

namespace Kyoto.Accounting.Tests.Treaty;

/// <summary>Art. 20.4 with many Parties: the tally is near-linear and agrees with a count taken afresh on every date.</summary>
public class AmendmentEntryIntoForceScaleTest
{
    private static readonly Amendment Doha = Amendment.Create("Doha", AmendmentKind.AnnexB, D(2012, 12, 8));

    [Fact]
    public void Twenty_thousand_Parties_accepting_on_distinct_dates_are_tallied_near_linearly()
    {
        // Reliability audit: 2 × 10^4 Parties, 70 % accepting on distinct dates (never three fourths) took 73 s.
        var (annexI, emissions) = AnnexI(100m);
        List<TreatyParty> states = [.. annexI, .. States("N", 19_999)];
        TreatyRecord record = TreatyRecord.Create(emissions).Accede(states, D(2000, 1, 3));
        for (int i = 0; i < 14_000; i++)
        {
            record = record.WithAmendmentAcceptance(Doha, states[i], D(2013, 1, 1).PlusDays(i));
        }

        var watch = Stopwatch.StartNew();
        AmendmentEntryIntoForce result = record.AmendmentEntryIntoForce(Doha);
        watch.Stop();

        Assert.False(result.ConditionsMet);
        Assert.Equal(14_000, result.Latest!.AcceptedCount);
        Assert.Equal(20_000, result.Latest.PartyCount);
        Assert.Equal(D(2013, 1, 1).PlusDays(13_999), result.Latest.Date);
        // 0.9 s on a quiet machine; the quadratic tally took 73–122 s. The bound leaves room for a loaded CI machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed.TotalSeconds:F1} s");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void The_tally_agrees_with_a_count_taken_afresh_on_every_date(int seed)
    {
        // Random accessions (some after the Protocol is in force), withdrawals and acceptances, some by a REIO.
        var random = new Random(seed);
        var (record, states) = InForce();
        record = record.Accede(Reio(), D(2000, 1, 3));
        var amendment = Amendment.Create("AM", AmendmentKind.Protocol, D(2003, 1, 1));
        List<TreatyParty> late = States("L", 20);
        foreach (TreatyParty party in late)
        {
            record = record.Accede(party, D(2003, 1, 1).PlusDays(random.Next(0, 3000)));
        }

        foreach (TreatyParty party in states.Concat(late).Where(_ => random.Next(4) == 0))
        {
            if (record.TryGetEarliestWithdrawalNotice(party, out LocalDate earliest))
            {
                record = record.WithWithdrawalNotice(party, earliest.PlusDays(random.Next(0, 2000)));
            }
        }

        foreach (TreatyParty party in states.Concat(late).Append(Reio()).Where(_ => random.Next(10) < 8))
        {
            LocalDate date = D(2003, 1, 1).PlusDays(random.Next(0, 4000));
            if (record.IsBound(party, date) || (party.IsReio && date >= D(2003, 1, 1)))
            {
                record = TryAccept(record, amendment, party, date);
            }
        }

        (string Text, bool Met)? expected = BruteForce(record, amendment);
        AmendmentAcceptanceTally? actual = record.AmendmentEntryIntoForce(amendment).Latest;
        Assert.Equal(expected?.Text, actual?.ToString());
        Assert.Equal(expected?.Met, actual?.MeetsThreeFourths);
    }

    private static TreatyRecord TryAccept(TreatyRecord record, Amendment amendment, TreatyParty party, LocalDate date)
    {
        try
        {
            return record.WithAmendmentAcceptance(amendment, party, date);
        }
        catch (ArgumentException)
        {
            return record;
        }
    }

    /// <summary>The tally counted afresh on every candidate date, as the record did before the sweep.</summary>
    private static (string Text, bool Met)? BruteForce(TreatyRecord record, Amendment amendment)
    {
        List<TreatyParty> states = record.Deposits.Select(d => d.Party).Where(p => !p.IsReio).ToList();
        var acceptances = record.Parties
            .Select(p => (Party: p, Accepted: record.TryGetAmendmentAcceptance(amendment, p, out LocalDate on), On: on))
            .Where(a => a.Accepted)
            .OrderBy(a => a.On).ThenBy(a => a.Party.Code, StringComparer.Ordinal)
            .ToList();
        if (acceptances.Count == 0)
        {
            return null;
        }

        LocalDate first = acceptances[0].On;
        var dates = new SortedSet<LocalDate>(acceptances.Select(a => a.On));
        foreach (TreatyParty state in states)
        {
            if (record.TryGetEntryIntoForceFor(state, out LocalDate inForce) && inForce > first)
            {
                dates.Add(inForce);
            }

            if (record.TryGetWithdrawalTakesEffect(state, out LocalDate withdrawn) && withdrawn > first)
            {
                dates.Add(withdrawn);
            }
        }

        (string Text, bool Met)? tally = null;
        foreach (LocalDate date in dates)
        {
            int parties = states.Count(p => record.IsBound(p, date));
            int accepted = acceptances.Count(a => a.On <= date && !a.Party.IsReio && record.IsBound(a.Party, date));
            string codes = string.Join(", ", acceptances.Where(a => a.On == date).Select(a => a.Party.Code));
            bool met = parties > 0 && 4L * accepted >= 3L * parties;
            tally = ($"{date:uuuu'-'MM'-'dd}: {accepted} of {parties} Parties accepted ({codes})", met);
            if (met)
            {
                break;
            }
        }

        return tally;
    }
}
