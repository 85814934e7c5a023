using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using Kyoto.Accounting.Testing.Treaty;
using Kyoto.Accounting.Treaty;
using NodaTime;
using static Kyoto.Accounting.Tests.Treaty.TreatyFixtures;

namespace Kyoto.Accounting.Tests.Treaty;

/// <summary>Invariants of Art. 25 and 27 over generated records (see <see cref="TreatyArbitraries"/>).</summary>
[Properties(Arbitrary = new[] { typeof(TreatyArbitraries) }, MaxTest = 100)]
public class TreatyPropertiesTest
{
    /// <summary>True if <paramref name="date"/> is no later than <paramref name="than"/>, where null means "never".</summary>
    private static bool NoLater(LocalDate? date, LocalDate? than) => than is null || (date is not null && date <= than);

    /// <summary>The record rebuilt from its emissions, signatures and deposits, leaving one Party's deposit out.</summary>
    private static TreatyRecord Without(TreatyRecord record, TreatyParty left)
    {
        TreatyRecord rebuilt = TreatyRecord.Create(record.Emissions);
        foreach (TreatyParty party in record.Parties)
        {
            if (record.TryGetSignature(party, out LocalDate signed))
            {
                rebuilt = rebuilt.WithSignature(party, signed);
            }
        }

        return record.Deposits.Where(d => d.Party != left).Aggregate(rebuilt, (r, d) => r.WithDeposit(d.Party, d.Kind, d.Date));
    }

    [Property]
    public bool Adding_a_deposit_never_delays_entry_into_force(TreatyRecord record, LocalDate date, NonNegativeInt pick)
    {
        List<TreatyParty> candidates = record.Parties.Where(p => !record.TryGetDeposit(p, out _)).Append(State("NEW")).ToList();
        TreatyRecord after = record.Accede(candidates[pick.Get % candidates.Count], date);
        return after.Deposits.Count == record.Deposits.Count + 1
            && NoLater(after.EntryIntoForce.EntryIntoForce, record.EntryIntoForce.EntryIntoForce);
    }

    [Property]
    public bool Removing_a_deposit_never_brings_entry_into_force_earlier(TreatyRecord record, NonNegativeInt pick)
    {
        if (record.Deposits.Count == 0)
        {
            return !record.EntryIntoForce.ConditionsMet;
        }

        TreatyRecord without = Without(record, record.Deposits[pick.Get % record.Deposits.Count].Party);
        return without.Deposits.Count == record.Deposits.Count - 1
            && NoLater(record.EntryIntoForce.EntryIntoForce, without.EntryIntoForce.EntryIntoForce);
    }

    [Property]
    public bool Entry_into_force_is_90_days_after_the_first_date_both_conditions_hold(TreatyRecord record)
    {
        // Brute force: recount from scratch at the end of every date of deposit, in decimal tonnes.
        decimal total = record.Emissions.Total.Tonnes;
        LocalDate? expected = null;
        foreach (LocalDate date in record.Deposits.Select(d => d.Date).Distinct().OrderBy(d => d))
        {
            List<Deposit> counted = record.Deposits.Where(d => d.Date <= date && !d.Party.IsReio).ToList();
            decimal covered = counted.Sum(d => record.Emissions.TryGetEmissions(d.Party, out var co2) ? co2.Tonnes : 0m);
            if (counted.Count >= 55 && total > 0 && covered * 100 >= total * 55)
            {
                expected = date;
                break;
            }
        }

        ProtocolEntryIntoForce result = record.EntryIntoForce;
        return result.ConditionsMetOn == expected
            && result.EntryIntoForce == expected?.PlusDays(90)
            && (expected is null || (result.Latest!.DepositsOnDate.All(d => d.Date == expected)
                && result.Latest.DepositsOnDate.Count == record.Deposits.Count(d => d.Date == expected)));
    }

    [Property]
    public bool A_REIO_deposit_never_changes_the_count_of_Parties(TreatyRecord record, LocalDate date)
    {
        TreatyParty reio = record.Parties.FirstOrDefault(p => p.IsReio && !record.TryGetDeposit(p, out _)) ?? Reio("RNEW");
        ProtocolEntryIntoForce before = record.EntryIntoForce;
        ProtocolEntryIntoForce after = record.Accede(reio, date).EntryIntoForce;
        return after.EntryIntoForce == before.EntryIntoForce
            && after.PartyCountMet?.Date == before.PartyCountMet?.Date
            && after.EmissionsShareMet?.Date == before.EmissionsShareMet?.Date
            && after.Latest!.PartyCount == (before.Latest?.PartyCount ?? 0)
            && after.Latest.CoveredEmissions == (before.Latest?.CoveredEmissions ?? default);
    }

    [Property]
    public bool A_withdrawal_never_takes_effect_before_notice_plus_one_year(
        TreatyRecord record, NonNegativeInt pick, NonNegativeInt delay, NonNegativeInt extra, bool namesADate)
    {
        List<TreatyParty> inForce = record.Deposits.Select(d => d.Party).Where(p => record.TryGetEntryIntoForceFor(p, out _)).ToList();
        if (inForce.Count == 0)
        {
            // Nobody may withdraw from a Protocol that is not in force for them (Art. 27.1).
            return record.Deposits.All(d => Throws(() => record.WithWithdrawalNotice(d.Party, new LocalDate(2050, 1, 1))));
        }

        TreatyParty party = inForce[pick.Get % inForce.Count];
        record.TryGetEarliestWithdrawalNotice(party, out LocalDate earliest);
        LocalDate received = earliest.PlusDays(delay.Get % 1500);
        TreatyRecord after = namesADate
            ? record.WithWithdrawalNotice(party, received, KyotoProtocol.WithdrawalTakesEffect(received).PlusDays(extra.Get % 400))
            : record.WithWithdrawalNotice(party, received);
        after.TryGetWithdrawalNotice(party, out WithdrawalNotice? notice);
        return notice!.TakesEffectOn >= received.PlusYears(1)
            && after.IsBound(party, notice.TakesEffectOn.PlusDays(-1))
            && !after.IsBound(party, notice.TakesEffectOn)
            && Throws(() => record.WithWithdrawalNotice(party, earliest.PlusDays(-1)));
    }

    [Property]
    public bool Year_periods_end_on_the_same_day_n_years_later_or_the_day_after_where_it_does_not_exist(NonNegativeInt days, NonNegativeInt year, bool nearLeapDay, NonNegativeInt gap)
    {
        // Half the dates fall between 27 February and 2 March, where leap years matter.
        LocalDate date = nearLeapDay
            ? new LocalDate(1996 + (year.Get % 80), 2, 27).PlusDays(days.Get % 4)
            : new LocalDate(1996, 1, 1).PlusDays(days.Get * 211 % 20_000);
        LocalDate later = date.PlusDays(gap.Get % 800);
        return Holds(KyotoProtocol.WithdrawalTakesEffect, 1) && Holds(KyotoProtocol.EarliestWithdrawalNotice, 3);

        bool Holds(Func<LocalDate, LocalDate> rule, int years)
        {
            LocalDate actual = rule(date);
            int targetYear = date.Year + years;
            bool exists = date.Day <= CalendarSystem.Iso.GetDaysInMonth(targetYear, date.Month);

            // Where the calendar has that day, it is the answer; where it has not (29 February), the period runs to the
            // end of 28 February, so the date is the day after it: 1 March. A later start never gives an earlier date.
            bool day = exists
                ? actual == new LocalDate(targetYear, date.Month, date.Day)
                : actual == new LocalDate(targetYear, 3, 1);
            return day && rule(later) >= actual;
        }
    }

    private static bool Throws(Action act)
    {
        try
        {
            act();
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
