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

        // One sweep over the dates, keeping running counts: each State is bound on [entry into force, withdrawal), and
        // counts as having accepted on [later of acceptance and entry into force, withdrawal). Counting afresh on every
        // date was quadratic (2 × 10^4 Parties took over a minute).
        var bound = new Dictionary<string, (LocalDate From, LocalDate? Until)>(StringComparer.Ordinal);
        var events = new List<(LocalDate Date, int Parties, int Accepted)>();
        foreach (TreatyParty state in states)
        {
            if (TryGetEntryIntoForceFor(state, out LocalDate from))
            {
                LocalDate? until = TryGetWithdrawalTakesEffect(state, out LocalDate withdrawn) ? withdrawn : null;
                bound.Add(state.Code, (from, until));
                AddInterval(events, from, until, parties: 1, accepted: 0);
            }
        }

        foreach ((TreatyParty party, LocalDate acceptedOn) in acceptances)
        {
            if (!party.IsReio && bound.TryGetValue(party.Code, out var interval))
            {
                AddInterval(events, LocalDate.Max(acceptedOn, interval.From), interval.Until, parties: 0, accepted: 1);
            }
        }

        events.Sort((x, y) => x.Date.CompareTo(y.Date));
        AmendmentAcceptanceTally? tally = null;
        int partyCount = 0, acceptedCount = 0, nextEvent = 0, nextAcceptance = 0;
        foreach (LocalDate date in dates)
        {
            for (; nextEvent < events.Count && events[nextEvent].Date <= date; nextEvent++)
            {
                partyCount += events[nextEvent].Parties;
                acceptedCount += events[nextEvent].Accepted;
            }

            ImmutableArray<TreatyParty>.Builder onDate = ImmutableArray.CreateBuilder<TreatyParty>();
            for (; nextAcceptance < acceptances.Length && acceptances[nextAcceptance].Date <= date; nextAcceptance++)
            {
                onDate.Add(acceptances[nextAcceptance].Party);
            }

            tally = new AmendmentAcceptanceTally(date, onDate.ToImmutable(), acceptedCount, partyCount);
            if (tally.MeetsThreeFourths)
            {
                break;
            }
        }

        return new AmendmentEntryIntoForce(_state.Amendments[amendment.Id], tally);
    }

    /// <summary>Adds the start and end of a period [<paramref name="from"/>, <paramref name="until"/>) to a sweep; an empty period adds nothing.</summary>
    private static void AddInterval(List<(LocalDate Date, int Parties, int Accepted)> events, LocalDate from, LocalDate? until, int parties, int accepted)
    {
        if (until is LocalDate end && end <= from)
        {
            return;
        }

        events.Add((from, parties, accepted));
        if (until is LocalDate last)
        {
            events.Add((last, -parties, -accepted));
        }
    }
}
