using System;
using System.Collections.Immutable;
using Kyoto.Accounting.Internal;
using NodaTime;

namespace Kyoto.Accounting.Treaty;

/// <content>Recording the treaty actions, each validated against its article.</content>
public sealed partial class TreatyRecord
{
    /// <summary>
    /// Records a participant's signature of the Protocol (Art. 24.1). A signature always precedes a deposit: an
    /// accession is dated after the window closed, and a ratification, acceptance or approval needs the signature first.
    /// </summary>
    /// <param name="party">The signatory.</param>
    /// <param name="date">The date of signature, within 16 March 1998 – 15 March 1999.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the signature window of Art. 24.1.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> has already signed or conflicts with a recorded participant of the same code.</exception>
    public TreatyRecord WithSignature(TreatyParty party, LocalDate date)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        TreatyChecks.CheckDateRange(
            date,
            nameof(date),
            KyotoProtocol.SignatureWindow.Start,
            KyotoProtocol.SignatureWindow.End,
            "the Protocol was open for signature from 16 March 1998 to 15 March 1999 inclusive (Art. 24.1)");
        State state = Register(party, nameof(party));
        Preconditions.CheckArgument(
            !state.Signatures.TryGetValue(party.Code, out LocalDate signed),
            nameof(party),
            TreatyChecks.Format("{0} already signed on {1}; a participant signs once (Art. 24.1).", party.Code, TreatyChecks.Format(signed)));
        return new TreatyRecord(state with { Signatures = state.Signatures.Add(party.Code, date) });
    }

    /// <summary>Records the deposit of a participant's instrument of ratification, acceptance, approval or accession (Art. 24.1).</summary>
    /// <param name="party">The depositing participant; an Annex I State must have an entry in <see cref="Emissions"/>.</param>
    /// <param name="kind">The kind of instrument: ratification, acceptance or approval after a signature; accession otherwise.</param>
    /// <param name="date">The date of deposit: not before the Protocol's adoption, and for an accession not before 16 March 1999.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="date"/> is before 11 December 1997 (adoption), before 16 March 1999 for an accession, or after <see cref="KyotoProtocol.LatestSupportedDate"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="party"/> has already deposited, conflicts with a recorded participant of the same code, or is an
    /// Annex I State without a 1990 CO2 entry (Art. 25.2); or <paramref name="kind"/> is ratification, acceptance or
    /// approval without a signature on or before <paramref name="date"/>.
    /// </exception>
    public TreatyRecord WithDeposit(TreatyParty party, InstrumentKind kind, LocalDate date)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        TreatyChecks.CheckDefined(kind, nameof(kind));
        TreatyChecks.CheckActionDate(date, nameof(date), "instruments can be deposited only once the Protocol was adopted on 1997-12-11 (Art. 24.1)");
        State state = Register(party, nameof(party));
        Preconditions.CheckArgument(
            !state.Deposits.TryGetValue(party.Code, out Deposit? existing),
            nameof(party),
            TreatyChecks.Format("{0} already deposited its instrument ({1}); each Party deposits one instrument (Art. 24.1).", party.Code, existing));
        if (kind == InstrumentKind.Accession)
        {
            TreatyChecks.CheckDateRange(
                date,
                nameof(date),
                KyotoProtocol.AccessionOpensOn,
                KyotoProtocol.LatestSupportedDate,
                "the Protocol is open for accession from the day after it closed for signature, 16 March 1999 (Art. 24.1)");
        }
        else
        {
            Preconditions.CheckArgument(
                state.Signatures.TryGetValue(party.Code, out LocalDate signed) && signed <= date,
                nameof(kind),
                TreatyChecks.Format("{0} has no signature on or before {1}: ratification, acceptance and approval follow signature; a participant that did not sign accedes (Art. 24.1).", party.Code, TreatyChecks.Format(date)));
        }

        Preconditions.CheckArgument(
            !party.IsAnnexI || party.IsReio || state.Emissions.TryGetEmissions(party, out _),
            nameof(party),
            TreatyChecks.Format("Annex I Party {0} has no 1990 CO2 entry in the emissions table (Art. 25.1, 25.2); enter zero explicitly if it communicated none by 1997-12-11.", party.Code));
        return new TreatyRecord(state with { Deposits = state.Deposits.Add(party.Code, new Deposit(party, kind, date)) });
    }

    /// <summary>
    /// Records a Party's notice of withdrawal from the Protocol that names no date; the withdrawal takes effect one
    /// year after receipt (Art. 27.1, 27.2).
    /// </summary>
    /// <param name="party">The withdrawing Party.</param>
    /// <param name="receivedOn">The date the Depositary received the notice: not before three years after the Protocol entered into force for the Party.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException">The Protocol is not in force for <paramref name="party"/> in this record, the Party already gave notice, or it conflicts with a recorded participant of the same code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="receivedOn"/> is before the earliest date allowed by Art. 27.1 or after <see cref="KyotoProtocol.LatestSupportedDate"/>.</exception>
    public TreatyRecord WithWithdrawalNotice(TreatyParty party, LocalDate receivedOn) => AddWithdrawalNotice(party, receivedOn, null);

    /// <summary>
    /// Records a Party's notice of withdrawal from the Protocol that names the date it takes effect, one year
    /// after receipt or later (Art. 27.1, 27.2).
    /// </summary>
    /// <param name="party">The withdrawing Party.</param>
    /// <param name="receivedOn">The date the Depositary received the notice: not before three years after the Protocol entered into force for the Party.</param>
    /// <param name="takesEffectOn">The date named in the notice: not before one year after <paramref name="receivedOn"/>.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException">The Protocol is not in force for <paramref name="party"/> in this record, the Party already gave notice, or it conflicts with a recorded participant of the same code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="receivedOn"/> is before the earliest date allowed by Art. 27.1, <paramref name="takesEffectOn"/> is earlier than one year after receipt (Art. 27.2), or either is after <see cref="KyotoProtocol.LatestSupportedDate"/>.</exception>
    public TreatyRecord WithWithdrawalNotice(TreatyParty party, LocalDate receivedOn, LocalDate takesEffectOn) =>
        AddWithdrawalNotice(party, receivedOn, takesEffectOn);

    /// <summary>
    /// Records that a Party's withdrawal from the Convention takes effect on a date; it is considered as also
    /// having withdrawn from the Protocol on that date (Art. 27.3).
    /// </summary>
    /// <param name="party">The Party, which must have deposited an instrument for the Protocol.</param>
    /// <param name="takesEffectOn">The date the withdrawal from the Convention takes effect; not before the Party's deposit.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> has deposited no instrument, already has a Convention withdrawal recorded, or conflicts with a recorded participant of the same code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="takesEffectOn"/> is before the Party's deposit or after <see cref="KyotoProtocol.LatestSupportedDate"/>.</exception>
    public TreatyRecord WithConventionWithdrawal(TreatyParty party, LocalDate takesEffectOn)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        State state = Register(party, nameof(party));
        Deposit deposit = RequireDeposit(state, party, "Art. 27.3 applies to Parties to the Protocol");
        TreatyChecks.CheckDateRange(takesEffectOn, nameof(takesEffectOn), deposit.Date, KyotoProtocol.LatestSupportedDate, "a withdrawal from the Convention recorded for the Protocol cannot precede the Party's deposit (Art. 27.3)");
        Preconditions.CheckArgument(
            !state.ConventionWithdrawals.ContainsKey(party.Code),
            nameof(party),
            TreatyChecks.Format("{0} already has a withdrawal from the Convention recorded (Art. 27.3).", party.Code));
        return new TreatyRecord(state with { ConventionWithdrawals = state.ConventionWithdrawals.Add(party.Code, takesEffectOn) });
    }

    /// <summary>Records the deposit of a Party's instrument of acceptance of an amendment (Art. 20.4, 21.7).</summary>
    /// <param name="amendment">The amendment.</param>
    /// <param name="party">The accepting Party, which must have deposited its instrument for the Protocol on or before <paramref name="date"/>.</param>
    /// <param name="date">The date the Depositary received the acceptance; not before the amendment's adoption.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amendment"/> or <paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> has not deposited an instrument for the Protocol by <paramref name="date"/>, has withdrawn by then, already accepted, or conflicts with a recorded participant of the same code; or <paramref name="amendment"/> conflicts with a recorded amendment of the same id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the amendment's adoption or after <see cref="KyotoProtocol.LatestSupportedDate"/>.</exception>
    public TreatyRecord WithAmendmentAcceptance(Amendment amendment, TreatyParty party, LocalDate date)
    {
        Preconditions.CheckNotNull(amendment, nameof(amendment));
        Preconditions.CheckNotNull(party, nameof(party));
        TreatyChecks.CheckDateRange(date, nameof(date), amendment.AdoptedOn, KyotoProtocol.LatestSupportedDate, "an amendment can be accepted only once adopted (Art. 20.3, 20.4)");
        CheckKnownAmendment(amendment);
        State state = Register(party, nameof(party));
        Deposit deposit = RequireDeposit(state, party, "instruments of acceptance are deposited by Parties to the Protocol (Art. 20.4)");
        Preconditions.CheckArgument(
            deposit.Date <= date,
            nameof(party),
            TreatyChecks.Format("{0} deposited its instrument for the Protocol on {1}, after this acceptance; instruments of acceptance are deposited by Parties to the Protocol (Art. 20.4).", party.Code, TreatyChecks.Format(deposit.Date)));
        Preconditions.CheckArgument(
            !(TryGetWithdrawalTakesEffect(party, out LocalDate withdrawn) && withdrawn <= date),
            nameof(party),
            TreatyChecks.Format("{0}'s withdrawal from the Protocol took effect on {1}, before this acceptance; only Parties accept amendments (Art. 20.4; Art. 27 withdrawal).", party.Code, TreatyChecks.Format(withdrawn)));
        ImmutableSortedDictionary<string, LocalDate> accepted = state.Acceptances.TryGetValue(amendment.Id, out var byParty)
            ? byParty
            : ImmutableSortedDictionary.Create<string, LocalDate>(StringComparer.Ordinal);
        Preconditions.CheckArgument(
            !accepted.ContainsKey(party.Code),
            nameof(party),
            TreatyChecks.Format("{0} already accepted amendment {1}; a Party deposits one instrument of acceptance (Art. 20.4).", party.Code, amendment.Id));
        return new TreatyRecord(state with
        {
            Amendments = state.Amendments.SetItem(amendment.Id, amendment),
            Acceptances = state.Acceptances.SetItem(amendment.Id, accepted.Add(party.Code, date)),
        });
    }

    private TreatyRecord AddWithdrawalNotice(TreatyParty party, LocalDate receivedOn, LocalDate? takesEffectOn)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        State state = Register(party, nameof(party));
        Preconditions.CheckArgument(
            TryGetEntryIntoForceFor(party, out LocalDate inForce),
            nameof(party),
            TreatyChecks.Format("The Protocol has not entered into force for {0} in this record; a Party may withdraw only three years after it has (Art. 27.1).", party.Code));
        LocalDate earliest = KyotoProtocol.EarliestWithdrawalNotice(inForce);
        TreatyChecks.CheckDateRange(
            receivedOn,
            nameof(receivedOn),
            earliest,
            KyotoProtocol.LatestSupportedDate,
            TreatyChecks.Format("the Protocol entered into force for {0} on {1}; a Party may give notice of withdrawal only after three years from that date (Art. 27.1)", party.Code, TreatyChecks.Format(inForce)));
        Preconditions.CheckArgument(
            !state.Notices.TryGetValue(party.Code, out WithdrawalNotice? given),
            nameof(party),
            TreatyChecks.Format("{0} already gave notice of withdrawal ({1}) (Art. 27.1).", party.Code, given));
        LocalDate afterOneYear = KyotoProtocol.WithdrawalTakesEffect(receivedOn);
        if (takesEffectOn is LocalDate named)
        {
            TreatyChecks.CheckDateRange(
                named,
                nameof(takesEffectOn),
                afterOneYear,
                KyotoProtocol.LatestSupportedDate,
                "a withdrawal takes effect one year after the Depositary receives the notice, or on a later date named in it (Art. 27.2)");
        }

        var notice = new WithdrawalNotice(party, receivedOn, takesEffectOn, takesEffectOn ?? afterOneYear);
        return new TreatyRecord(state with { Notices = state.Notices.Add(party.Code, notice) });
    }

    private static Deposit RequireDeposit(State state, TreatyParty party, string rule)
    {
        Preconditions.CheckArgument(
            state.Deposits.TryGetValue(party.Code, out Deposit? deposit),
            nameof(party),
            TreatyChecks.Format("{0} has deposited no instrument of ratification, acceptance, approval or accession; {1}.", party.Code, rule));
        return deposit;
    }

    private void CheckKnownAmendment(Amendment amendment)
    {
        Preconditions.CheckArgument(
            !_state.Amendments.TryGetValue(amendment.Id, out Amendment? known) || known.HasSameAttributes(amendment),
            nameof(amendment),
            TreatyChecks.Format("Duplicate amendment id: {0} is already recorded as {1}.", amendment, known));
    }
}
