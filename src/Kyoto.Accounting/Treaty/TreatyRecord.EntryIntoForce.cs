using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kyoto.Accounting.Internal;
using NodaTime;

namespace Kyoto.Accounting.Treaty;

/// <content>Entry into force of the Protocol (Art. 25), withdrawal (Art. 27) and who is bound when.</content>
public sealed partial class TreatyRecord
{
    /// <summary>Gets when the Protocol enters into force under Art. 25.1, with the explanation; computed once.</summary>
    public ProtocolEntryIntoForce EntryIntoForce => _entryIntoForce.Value;

    /// <summary>
    /// Gets the date the Protocol enters into force for a Party: the Protocol's entry into force if the Party
    /// deposited on or before the date the conditions were met, otherwise the ninetieth day after its own
    /// deposit (Art. 25.1, 25.3).
    /// </summary>
    /// <param name="party">The Party.</param>
    /// <param name="date">The date, or the default date.</param>
    /// <returns>True if the Party deposited and the conditions of Art. 25.1 are met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool TryGetEntryIntoForceFor(TreatyParty party, out LocalDate date)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        date = default;
        if (!_state.Deposits.TryGetValue(party.Code, out Deposit? deposit) || EntryIntoForce.ConditionsMetOn is not LocalDate metOn)
        {
            return false;
        }

        date = KyotoProtocol.NinetiethDayAfter(LocalDate.Max(deposit.Date, metOn));
        return true;
    }

    /// <summary>Gets the earliest date a Party may give notice of withdrawal: three years after the Protocol entered into force for it (Art. 27.1).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="date">The date, or the default date.</param>
    /// <returns>True if the Protocol enters into force for the Party in this record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool TryGetEarliestWithdrawalNotice(TreatyParty party, out LocalDate date)
    {
        bool inForce = TryGetEntryIntoForceFor(party, out LocalDate entry);
        date = inForce ? KyotoProtocol.EarliestWithdrawalNotice(entry) : default;
        return inForce;
    }

    /// <summary>
    /// Gets the date a Party ceases to be bound by the Protocol: the earlier of its notice taking effect
    /// (Art. 27.2) and its withdrawal from the Convention taking effect (Art. 27.3).
    /// </summary>
    /// <param name="party">The Party.</param>
    /// <param name="date">The date, or the default date.</param>
    /// <returns>True if a withdrawal is recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool TryGetWithdrawalTakesEffect(TreatyParty party, out LocalDate date)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        bool noticed = _state.Notices.TryGetValue(party.Code, out WithdrawalNotice? notice);
        bool fromConvention = _state.ConventionWithdrawals.TryGetValue(party.Code, out LocalDate conventionDate);
        date = (noticed, fromConvention) switch
        {
            (true, true) => LocalDate.Min(notice!.TakesEffectOn, conventionDate),
            (true, false) => notice!.TakesEffectOn,
            _ => conventionDate,
        };
        return noticed || fromConvention;
    }

    /// <summary>Returns whether a Party is bound by the Protocol on a date: it is in force for the Party and no withdrawal has taken effect.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="date">The date.</param>
    /// <returns>True if the Party is bound on <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool IsBound(TreatyParty party, LocalDate date) =>
        TryGetEntryIntoForceFor(party, out LocalDate entry)
        && entry <= date
        && !(TryGetWithdrawalTakesEffect(party, out LocalDate withdrawn) && withdrawn <= date);

    /// <summary>Returns the Parties bound by the Protocol on a date (see <see cref="IsBound"/>), REIOs included, ordered by code.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The bound Parties.</returns>
    public IReadOnlyList<TreatyParty> BoundParties(LocalDate date) =>
        _state.Deposits.Values.Select(d => d.Party).Where(p => IsBound(p, date)).ToImmutableArray();
}
