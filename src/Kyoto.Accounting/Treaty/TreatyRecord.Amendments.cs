using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kyoto.Accounting.Internal;
using NodaTime;

namespace Kyoto.Accounting.Treaty;

/// <content>Entry into force of amendments (Art. 20.4, 20.5, 21.7).</content>
public sealed partial class TreatyRecord
{
    /// <summary>
    /// Computes when an amendment enters into force under Art. 20.4: the ninetieth day after the Depositary holds
    /// acceptances from at least three fourths of the Parties to the Protocol at that time.
    /// </summary>
    /// <param name="amendment">The amendment; one with no acceptances recorded is not in force.</param>
    /// <returns>The result, with the tally that explains it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amendment"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="amendment"/> conflicts with a recorded amendment of the same id.</exception>
    public AmendmentEntryIntoForce AmendmentEntryIntoForce(Amendment amendment)
    {
        Preconditions.CheckNotNull(amendment, nameof(amendment));
        CheckKnownAmendment(amendment);
        return _amendmentResults.GetOrAdd(amendment.Id, _ => ComputeAmendmentEntryIntoForce(amendment));
    }

    /// <summary>
    /// Gets the date an amendment enters into force for a Party that accepted it: the amendment's entry into force
    /// if the Party accepted by the date three fourths was reached (Art. 20.4), otherwise the ninetieth day after
    /// its own acceptance (Art. 20.5).
    /// </summary>
    /// <param name="amendment">The amendment.</param>
    /// <param name="party">The Party.</param>
    /// <param name="date">The date, or the default date.</param>
    /// <returns>True if the Party accepted and the amendment's condition is met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amendment"/> or <paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="amendment"/> conflicts with a recorded amendment of the same id.</exception>
    public bool TryGetAmendmentEntryIntoForceFor(Amendment amendment, TreatyParty party, out LocalDate date)
    {
        bool accepted = TryGetAmendmentAcceptance(amendment, party, out LocalDate acceptedOn);
        date = default;
        if (!accepted || AmendmentEntryIntoForce(amendment).ConditionsMetOn is not LocalDate metOn)
        {
            return false;
        }

        date = KyotoProtocol.NinetiethDayAfter(LocalDate.Max(acceptedOn, metOn));
        return true;
    }

    /// <summary>Returns whether a Party is bound by an amendment on a date: bound by the Protocol, and the amendment in force for it.</summary>
    /// <param name="amendment">The amendment.</param>
    /// <param name="party">The Party.</param>
    /// <param name="date">The date.</param>
    /// <returns>True if the Party is bound by the amendment on <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amendment"/> or <paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="amendment"/> conflicts with a recorded amendment of the same id.</exception>
    public bool IsBoundByAmendment(Amendment amendment, TreatyParty party, LocalDate date) =>
        TryGetAmendmentEntryIntoForceFor(amendment, party, out LocalDate entry) && entry <= date && IsBound(party, date);

    private AmendmentEntryIntoForce ComputeAmendmentEntryIntoForce(Amendment amendment)
    {
        if (!_state.Acceptances.TryGetValue(amendment.Id, out var byParty))
        {
            return new AmendmentEntryIntoForce(amendment, null);
        }

        // REIOs are left out of both counts: not additional to their member States (as in Art. 25.4).
        TreatyParty[] states = _state.Deposits.Values.Select(d => d.Party).Where(p => !p.IsReio).ToArray();
        (TreatyParty Party, LocalDate Date)[] acceptances = byParty
            .Select(kv => (_state.Parties[kv.Key], kv.Value))
            .OrderBy(a => a.Value)
            .ThenBy(a => a.Item1.Code, StringComparer.Ordinal)
            .ToArray();
        // Who counts as a Party changes on more dates than acceptances arrive: when the Protocol enters into force for
        // a State (e.g. one that accepted on the day it ratified) and when a withdrawal takes effect. The condition is
        // checked on every such date from the first acceptance on.
        LocalDate first = acceptances[0].Date;
        var dates = new SortedSet<LocalDate>(acceptances.Select(a => a.Date));
        foreach (TreatyParty state in states)
        {
            if (TryGetEntryIntoForceFor(state, out LocalDate inForce) && inForce > first)
            {
                dates.Add(inForce);
            }

            if (TryGetWithdrawalTakesEffect(state, out LocalDate withdrawn) && withdrawn > first)
            {
                dates.Add(withdrawn);
            }
        }

        AmendmentAcceptanceTally? tally = null;
        foreach (LocalDate date in dates)
        {
            int parties = states.Count(p => IsBound(p, date));
            int accepted = acceptances.Count(a => a.Date <= date && !a.Party.IsReio && IsBound(a.Party, date));
            ImmutableArray<TreatyParty> onDate = acceptances.Where(a => a.Date == date).Select(a => a.Party).ToImmutableArray();
            tally = new AmendmentAcceptanceTally(date, onDate, accepted, parties);
            if (tally.MeetsThreeFourths)
            {
                break;
            }
        }

        return new AmendmentEntryIntoForce(_state.Amendments[amendment.Id], tally);
    }
}
