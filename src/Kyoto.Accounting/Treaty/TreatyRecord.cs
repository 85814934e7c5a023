using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Kyoto.Accounting.Internal;
using NodaTime;

namespace Kyoto.Accounting.Treaty;

/// <summary>
/// The record of the treaty actions of every participant: signatures (Art. 24), deposits of instruments
/// (Art. 24, 25), acceptances of amendments (Art. 20, 21.7) and withdrawals (Art. 27), together with the
/// Annex I Parties' 1990 CO2 emissions that decide entry into force (Art. 25.1, 25.2).
/// </summary>
/// <remarks>
/// <para>
/// Build a record with <see cref="Create"/> and the <c>WithX</c> methods; each validates the action against the
/// rules and the actions already recorded, and returns a new record. Misuse (a deposit before the Protocol's
/// adoption, a signature outside the window, a duplicate action, a notice before it is allowed) throws an
/// exception of the <see cref="ArgumentException"/> family naming the argument and the article. A rule that
/// depends on order (a ratification needs the signature before it) asks for the actions in that order.
/// </para>
/// <para>
/// The queries (<see cref="EntryIntoForce"/>, <see cref="IsBound"/>, <see cref="AmendmentEntryIntoForce"/>, …)
/// answer from the record; "not yet in force" is an answer, not an exception. Each participant deposits one
/// instrument; a re-accession after withdrawal is not modelled.
/// </para>
/// <para>This type is immutable and thread-safe; results are computed once, on first use.</para>
/// </remarks>
public sealed partial class TreatyRecord
{
    private readonly State _state;
    private readonly Lazy<ImmutableArray<Deposit>> _depositsByDate;
    private readonly Lazy<ProtocolEntryIntoForce> _entryIntoForce;
    private readonly ConcurrentDictionary<string, AmendmentEntryIntoForce> _amendmentResults = new(StringComparer.Ordinal);

    private TreatyRecord(State state)
    {
        _state = state;
        _depositsByDate = new Lazy<ImmutableArray<Deposit>>(
            () => state.Deposits.Values.OrderBy(d => d.Date).ThenBy(d => d.Party.Code, StringComparer.Ordinal).ToImmutableArray(),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _entryIntoForce = new Lazy<ProtocolEntryIntoForce>(
            () => ProtocolEntryIntoForce.Compute(_depositsByDate.Value, state.Emissions),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Creates a record with no actions yet.</summary>
    /// <param name="emissions">The Annex I Parties' 1990 CO2 emissions as communicated (Art. 25.2).</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="emissions"/> is null.</exception>
    public static TreatyRecord Create(AnnexIEmissions1990 emissions)
    {
        Preconditions.CheckNotNull(emissions, nameof(emissions));
        var empty = ImmutableSortedDictionary.Create<string, LocalDate>(StringComparer.Ordinal);
        var parties = emissions.Parties.ToImmutableSortedDictionary(p => p.Code, p => p, StringComparer.Ordinal);
        return new TreatyRecord(new State(
            emissions,
            parties,
            empty,
            ImmutableSortedDictionary.Create<string, Deposit>(StringComparer.Ordinal),
            ImmutableSortedDictionary.Create<string, WithdrawalNotice>(StringComparer.Ordinal),
            empty,
            ImmutableSortedDictionary.Create<string, Amendment>(StringComparer.Ordinal),
            ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, LocalDate>>(StringComparer.Ordinal)));
    }

    /// <summary>Gets the Annex I Parties' 1990 CO2 emissions the record uses (Art. 25.2).</summary>
    public AnnexIEmissions1990 Emissions => _state.Emissions;

    /// <summary>Gets every participant the record knows (from the emissions table or an action), ordered by code.</summary>
    public IReadOnlyList<TreatyParty> Parties => _state.Parties.Values.ToImmutableArray();

    /// <summary>Gets the deposited instruments, ordered by date and then by Party code.</summary>
    public IReadOnlyList<Deposit> Deposits => _depositsByDate.Value;

    /// <summary>Gets the notices of withdrawal, ordered by Party code.</summary>
    public IReadOnlyList<WithdrawalNotice> WithdrawalNotices => _state.Notices.Values.ToImmutableArray();

    /// <summary>Gets the amendments with at least one acceptance, ordered by id.</summary>
    public IReadOnlyList<Amendment> Amendments => _state.Amendments.Values.ToImmutableArray();

    /// <summary>Gets a participant's signature date, if it signed.</summary>
    /// <param name="party">The participant.</param>
    /// <param name="date">The date of signature, or the default date.</param>
    /// <returns>True if the participant signed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool TryGetSignature(TreatyParty party, out LocalDate date) =>
        _state.Signatures.TryGetValue(Preconditions.CheckNotNull(party, nameof(party)).Code, out date);

    /// <summary>Gets a participant's deposited instrument, if it deposited one.</summary>
    /// <param name="party">The participant.</param>
    /// <param name="deposit">The deposit, or null.</param>
    /// <returns>True if the participant deposited an instrument.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool TryGetDeposit(TreatyParty party, [NotNullWhen(true)] out Deposit? deposit) =>
        _state.Deposits.TryGetValue(Preconditions.CheckNotNull(party, nameof(party)).Code, out deposit);

    /// <summary>Gets a Party's notice of withdrawal from the Protocol, if it gave one.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="notice">The notice, or null.</param>
    /// <returns>True if the Party gave notice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool TryGetWithdrawalNotice(TreatyParty party, [NotNullWhen(true)] out WithdrawalNotice? notice) =>
        _state.Notices.TryGetValue(Preconditions.CheckNotNull(party, nameof(party)).Code, out notice);

    /// <summary>Gets the date a Party's withdrawal from the Convention takes effect, if recorded (Art. 27.3).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="date">The date, or the default date.</param>
    /// <returns>True if a withdrawal from the Convention is recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool TryGetConventionWithdrawal(TreatyParty party, out LocalDate date) =>
        _state.ConventionWithdrawals.TryGetValue(Preconditions.CheckNotNull(party, nameof(party)).Code, out date);

    /// <summary>Gets the date a Party deposited its acceptance of an amendment, if it did.</summary>
    /// <param name="amendment">The amendment.</param>
    /// <param name="party">The Party.</param>
    /// <param name="date">The date of acceptance, or the default date.</param>
    /// <returns>True if the Party accepted the amendment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amendment"/> or <paramref name="party"/> is null.</exception>
    public bool TryGetAmendmentAcceptance(Amendment amendment, TreatyParty party, out LocalDate date)
    {
        Preconditions.CheckNotNull(amendment, nameof(amendment));
        Preconditions.CheckNotNull(party, nameof(party));
        date = default;
        return _state.Acceptances.TryGetValue(amendment.Id, out var byParty) && byParty.TryGetValue(party.Code, out date);
    }

    /// <summary>Formats a summary culture-invariantly, e.g. <c>"TreatyRecord: 84 signatures, 192 deposits, 1 withdrawal notice, 1 amendment"</c>.</summary>
    /// <returns>The formatted summary.</returns>
    public override string ToString() =>
        TreatyChecks.Format(
            "TreatyRecord: {0} signatures, {1} deposits, {2} withdrawal notices, {3} amendments",
            _state.Signatures.Count,
            _state.Deposits.Count,
            _state.Notices.Count,
            _state.Amendments.Count);

    /// <summary>Adds a participant to the known ones, rejecting a second participant with the same code but different attributes.</summary>
    private State Register(TreatyParty party, string paramName)
    {
        if (_state.Parties.TryGetValue(party.Code, out TreatyParty? known))
        {
            Preconditions.CheckArgument(
                known.HasSameAttributes(party),
                paramName,
                TreatyChecks.Format("Duplicate Party code: {0} is already recorded as {1}; one code denotes one Party to the Convention (Art. 24.1).", party, known));
            return _state;
        }

        return _state with { Parties = _state.Parties.Add(party.Code, party) };
    }

    private sealed record State(
        AnnexIEmissions1990 Emissions,
        ImmutableSortedDictionary<string, TreatyParty> Parties,
        ImmutableSortedDictionary<string, LocalDate> Signatures,
        ImmutableSortedDictionary<string, Deposit> Deposits,
        ImmutableSortedDictionary<string, WithdrawalNotice> Notices,
        ImmutableSortedDictionary<string, LocalDate> ConventionWithdrawals,
        ImmutableSortedDictionary<string, Amendment> Amendments,
        ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, LocalDate>> Acceptances);
}
