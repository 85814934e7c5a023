using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Registry;

/// <summary>
/// What a ledger needs to know beyond its transactions: the accounts, and per Party the recorded assigned amount,
/// commitment period reserve, LULUCF issuance limits, eligibility and suspensions, authorised legal entities and the
/// limits on PPSR and tCER/lCER use. All quantities are whole tonnes CO2e (= units).
/// </summary>
/// <remarks>
/// <para>
/// The figures are inputs, computed elsewhere (the accounting layer) and recorded here: the assigned amount recorded
/// after the initial review (Art. 3.7; decision 13/CMP.1 annex ¶2), the reserve (decision 11/CMP.1 annex ¶6), the
/// issuance limits of RMUs per activity (Art. 3.3, 3.4; decision 16/CMP.1 appendix), the use of tCERs and lCERs
/// (1% × base year × 5; decision 17/CP.7 ¶7), the retirement of PPSR units (decision 1/CMP.8 ¶23–26), eligibility to
/// use the mechanisms (Art. 6, 12, 17; decision 11/CMP.1) and its suspension (decision 27/CMP.1 annex XV), legal
/// entities authorised to participate (Art. 6.3) and CDM projects hosted by least developed countries, exempt from the
/// share of proceeds (decision 17/CP.7 ¶15(b)).
/// </para>
/// <para>
/// An unrecorded limit is zero: nothing is issued, carried over or retired against a figure that was never recorded,
/// and no Party is eligible until it is declared so. An unrecorded reserve is zero (nothing to protect).
/// </para>
/// <para>Every <c>With…</c> method returns a new configuration. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class RegistryConfiguration
{
    private readonly ImmutableList<Account> _accounts;
    private readonly ImmutableDictionary<AccountId, Account> _byId;
    private readonly ImmutableArray<PartySettings> _parties;
    private readonly ImmutableHashSet<long> _leastDevelopedCountryProjects;

    private RegistryConfiguration(
        ImmutableList<Account> accounts,
        ImmutableDictionary<AccountId, Account> byId,
        ImmutableArray<PartySettings> parties,
        ImmutableHashSet<long> ldcProjects,
        AccountId? adaptationFund)
    {
        _accounts = accounts;
        _byId = byId;
        _parties = parties;
        _leastDevelopedCountryProjects = ldcProjects;
        AdaptationFundAccount = adaptationFund;
    }

    /// <summary>Gets a configuration without accounts, figures or eligible Parties.</summary>
    public static RegistryConfiguration Empty { get; } = new(
        ImmutableList<Account>.Empty,
        ImmutableDictionary<AccountId, Account>.Empty,
        Parties.Party.All.Select(_ => PartySettings.Default).ToImmutableArray(),
        ImmutableHashSet<long>.Empty,
        null);

    /// <summary>Gets the accounts, in the order they were added.</summary>
    public IReadOnlyList<Account> Accounts => _accounts;

    /// <summary>Gets the CDM registry account that receives the share of proceeds for the Adaptation Fund, if set.</summary>
    public AccountId? AdaptationFundAccount { get; }

    /// <summary>Returns a configuration with one more account.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    /// <exception cref="ArgumentException">An account with the same identifier exists.</exception>
    public RegistryConfiguration WithAccount(Account account)
    {
        Preconditions.CheckNotNull(account, nameof(account));
        Preconditions.CheckArgument(!_byId.ContainsKey(account.Id), nameof(account), "Account " + account.Id.ToString() + " already exists; account identifiers are unique (decision 13/CMP.1 annex ¶21).");
        return new RegistryConfiguration(_accounts.Add(account), _byId.Add(account.Id, account), _parties, _leastDevelopedCountryProjects, AdaptationFundAccount);
    }

    /// <summary>Returns a configuration with several more accounts.</summary>
    /// <param name="accounts">The accounts.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accounts"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two accounts have the same identifier.</exception>
    public RegistryConfiguration WithAccounts(IEnumerable<Account> accounts)
    {
        Preconditions.CheckNotNull(accounts, nameof(accounts));
        RegistryConfiguration result = this;
        foreach (Account account in accounts)
        {
            result = result.WithAccount(account);
        }

        return result;
    }

    /// <summary>Returns a configuration whose Adaptation Fund account is the given CDM registry holding account.</summary>
    /// <param name="account">An existing Party holding account of the CDM registry.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentException">The account does not exist, or is not a holding account of the CDM registry.</exception>
    public RegistryConfiguration WithAdaptationFundAccount(AccountId account)
    {
        Preconditions.CheckArgument(
            _byId.TryGetValue(account, out Account? found) && found.Registry.IsCdm && found.Type == AccountType.PartyHolding,
            nameof(account),
            "The Adaptation Fund account must be an existing Party holding account of the CDM registry (decision 3/CMP.1 annex ¶66).");
        return new RegistryConfiguration(_accounts, _byId, _parties, _leastDevelopedCountryProjects, account);
    }

    /// <summary>Returns a configuration with a Party's recorded assigned amount for a period (Art. 3.7, 3.7 bis; decision 13/CMP.1 annex ¶2).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <param name="tonnes">The assigned amount in whole tonnes; not negative.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is negative.</exception>
    public RegistryConfiguration WithAssignedAmount(Party party, CommitmentPeriod period, long tonnes) =>
        Update(party, period, tonnes, nameof(tonnes), (s, p, t) => s with { AssignedAmount = s.AssignedAmount.SetItem(p - 1, t) });

    /// <summary>Returns a configuration with a Party's commitment period reserve for a period (decision 11/CMP.1 annex ¶6).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <param name="tonnes">The reserve in whole tonnes (recorded rounded to the nearest tonne); not negative.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is negative.</exception>
    public RegistryConfiguration WithReserve(Party party, CommitmentPeriod period, long tonnes) =>
        Update(party, period, tonnes, nameof(tonnes), (s, p, t) => s with { Reserve = s.Reserve.SetItem(p - 1, t) });

    /// <summary>Returns a configuration with the limit on RMUs a Party may issue for an activity in a period (Art. 3.3, 3.4; decision 16/CMP.1).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <param name="activity">The LULUCF activity.</param>
    /// <param name="tonnes">The limit in whole tonnes; not negative.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is negative or <paramref name="activity"/> undefined.</exception>
    public RegistryConfiguration WithLulucfIssuanceLimit(Party party, CommitmentPeriod period, LulucfActivity activity, long tonnes)
    {
        Preconditions.CheckArgumentRange(nameof(activity), (long)activity, 1, 7, "LULUCF activity codes 1–7");
        return Update(party, period, tonnes, nameof(tonnes), (s, p, t) => s with { LulucfLimit = s.LulucfLimit.SetItem(LulucfSlot(p, activity), t) });
    }

    /// <summary>Returns a configuration with the limit on tCERs and lCERs a Party may retire for a period (1% of base-year emissions × 5 in the first period; decision 17/CP.7 ¶7; the caller records the figure).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <param name="tonnes">The limit in whole tonnes; not negative.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is negative.</exception>
    public RegistryConfiguration WithTemporaryCerLimit(Party party, CommitmentPeriod period, long tonnes) =>
        Update(party, period, tonnes, nameof(tonnes), (s, p, t) => s with { TemporaryCerLimit = s.TemporaryCerLimit.SetItem(p - 1, t) });

    /// <summary>
    /// Returns a configuration with the number of PPSR units a Party may retire: the extent to which its second-period
    /// emissions exceed its second-period assigned amount (decision 1/CMP.8 ¶23–26).
    /// </summary>
    /// <param name="party">The Party.</param>
    /// <param name="tonnes">The limit in whole tonnes; not negative.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is negative.</exception>
    public RegistryConfiguration WithPpsrRetirementLimit(Party party, long tonnes) =>
        Update(party, CommitmentPeriod.Second, tonnes, nameof(tonnes), (s, _, t) => s with { PpsrRetirementLimit = t });

    /// <summary>Returns a configuration in which a Party is eligible to transfer and acquire units under a mechanism (Art. 6, 12, 17; decision 11/CMP.1).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="mechanisms">The mechanisms.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="mechanisms"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A mechanism is undefined.</exception>
    public RegistryConfiguration WithEligibility(Party party, params Mechanism[] mechanisms)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(mechanisms, nameof(mechanisms));
        int mask = _parties[party.Index].EligibleMask;
        foreach (Mechanism mechanism in mechanisms)
        {
            mask |= MechanismBit(mechanism);
        }

        return With(party, _parties[party.Index] with { EligibleMask = mask });
    }

    /// <summary>Returns a configuration in which a Party's eligibility under a mechanism is suspended during an interval (decision 27/CMP.1 annex XV).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="mechanism">The mechanism.</param>
    /// <param name="interval">The dates of the suspension (end inclusive).</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mechanism"/> is undefined.</exception>
    public RegistryConfiguration WithSuspension(Party party, Mechanism mechanism, DateInterval interval)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(interval, nameof(interval));
        _ = MechanismBit(mechanism);
        PartySettings settings = _parties[party.Index];
        return With(party, settings with { Suspensions = settings.Suspensions.Add(new Suspension(mechanism, interval)) });
    }

    /// <summary>Returns a configuration in which a Party authorises a legal entity to participate in the mechanisms (Art. 6.3).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="legalEntity">The legal entity, as named on its entity holding accounts.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="legalEntity"/> is null.</exception>
    public RegistryConfiguration WithAuthorisedLegalEntity(Party party, string legalEntity)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(legalEntity, nameof(legalEntity));
        PartySettings settings = _parties[party.Index];
        return With(party, settings with { LegalEntities = settings.LegalEntities.Add(legalEntity) });
    }

    /// <summary>Returns a configuration in which a CDM project is hosted by a least developed country, so its CERs bear no share of proceeds (decision 17/CP.7 ¶15(b)).</summary>
    /// <param name="projectId">The project identifier, at least 1.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="projectId"/> is less than 1.</exception>
    public RegistryConfiguration WithLeastDevelopedCountryProject(long projectId)
    {
        Preconditions.CheckArgumentRange(nameof(projectId), projectId, 1, long.MaxValue, "project identifiers are positive");
        return new RegistryConfiguration(_accounts, _byId, _parties, _leastDevelopedCountryProjects.Add(projectId), AdaptationFundAccount);
    }

    /// <summary>Finds an account by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="account">The account, or null.</param>
    /// <returns>True if the configuration has the account.</returns>
    public bool TryGetAccount(AccountId id, [NotNullWhen(true)] out Account? account) => _byId.TryGetValue(id, out account);

    /// <summary>Gets a Party's recorded assigned amount for a period (zero if unrecorded).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <returns>Whole tonnes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    public long GetAssignedAmount(Party party, CommitmentPeriod period) => Settings(party).AssignedAmount[PeriodIndex(period)];

    /// <summary>Gets a Party's commitment period reserve for a period (zero if unrecorded).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <returns>Whole tonnes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    public long GetReserve(Party party, CommitmentPeriod period) => Settings(party).Reserve[PeriodIndex(period)];

    /// <summary>Gets the RMU issuance limit of a Party for an activity and period (zero if unrecorded).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <param name="activity">The activity.</param>
    /// <returns>Whole tonnes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activity"/> is undefined.</exception>
    public long GetLulucfIssuanceLimit(Party party, CommitmentPeriod period, LulucfActivity activity)
    {
        Preconditions.CheckArgumentRange(nameof(activity), (long)activity, 1, 7, "LULUCF activity codes 1–7");
        return Settings(party).LulucfLimit[LulucfSlot(PeriodIndex(period) + 1, activity)];
    }

    /// <summary>Gets the tCER/lCER retirement limit of a Party for a period (zero if unrecorded).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <returns>Whole tonnes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    public long GetTemporaryCerLimit(Party party, CommitmentPeriod period) => Settings(party).TemporaryCerLimit[PeriodIndex(period)];

    /// <summary>Gets the PPSR retirement limit of a Party (zero if unrecorded).</summary>
    /// <param name="party">The Party.</param>
    /// <returns>Whole tonnes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public long GetPpsrRetirementLimit(Party party) => Settings(party).PpsrRetirementLimit;

    /// <summary>Returns whether a Party has been declared eligible under a mechanism (ignoring suspensions).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>True if eligible.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mechanism"/> is undefined.</exception>
    public bool IsEligible(Party party, Mechanism mechanism) => (Settings(party).EligibleMask & MechanismBit(mechanism)) != 0;

    /// <summary>Returns whether a Party's eligibility under a mechanism is suspended on a date.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="mechanism">The mechanism.</param>
    /// <param name="date">The date.</param>
    /// <returns>True if a suspension covers the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool IsSuspended(Party party, Mechanism mechanism, LocalDate date) => Settings(party).IsSuspended(mechanism, date);

    /// <summary>Returns whether a Party has authorised a legal entity (Art. 6.3).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="legalEntity">The legal entity.</param>
    /// <returns>True if authorised.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="legalEntity"/> is null.</exception>
    public bool IsAuthorised(Party party, string legalEntity) =>
        Settings(party).LegalEntities.Contains(Preconditions.CheckNotNull(legalEntity, nameof(legalEntity)));

    /// <summary>Returns whether a CDM project is hosted by a least developed country (decision 17/CP.7 ¶15(b)).</summary>
    /// <param name="projectId">The project identifier.</param>
    /// <returns>True if its CERs bear no share of proceeds.</returns>
    public bool IsLeastDevelopedCountryProject(long projectId) => _leastDevelopedCountryProjects.Contains(projectId);

    internal PartySettings SettingsAt(int partyIndex) => _parties[partyIndex];

    internal static int LulucfSlot(int periodNumber, LulucfActivity activity) => ((periodNumber - 1) * 8) + (int)activity;

    internal static int MechanismBit(Mechanism mechanism) => mechanism switch
    {
        Mechanism.JointImplementation => 1,
        Mechanism.CleanDevelopmentMechanism => 2,
        Mechanism.EmissionsTrading => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(mechanism), mechanism, "Value should be one of Art. 6, 12 or 17."),
    };

    private static int PeriodIndex(CommitmentPeriod period) => Preconditions.CheckNotNull(period, nameof(period)).Number - 1;

    private PartySettings Settings(Party party) => _parties[Preconditions.CheckNotNull(party, nameof(party)).Index];

    private RegistryConfiguration Update(Party party, CommitmentPeriod period, long tonnes, string paramName, Func<PartySettings, int, long, PartySettings> update)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));
        Preconditions.CheckArgumentRange(paramName, tonnes, 0, long.MaxValue, "quantities of units are whole tonnes, not negative");
        return With(party, update(_parties[party.Index], period.Number, tonnes));
    }

    private RegistryConfiguration With(Party party, PartySettings settings) =>
        new(_accounts, _byId, _parties.SetItem(party.Index, settings), _leastDevelopedCountryProjects, AdaptationFundAccount);
}

/// <summary>A suspension of eligibility under a mechanism.</summary>
internal readonly record struct Suspension(Mechanism Mechanism, DateInterval Interval);

/// <summary>The per-Party figures of a <see cref="RegistryConfiguration"/>.</summary>
internal sealed record PartySettings(
    ImmutableArray<long> AssignedAmount,
    ImmutableArray<long> Reserve,
    ImmutableArray<long> LulucfLimit,
    ImmutableArray<long> TemporaryCerLimit,
    long PpsrRetirementLimit,
    int EligibleMask,
    ImmutableList<Suspension> Suspensions,
    ImmutableHashSet<string> LegalEntities)
{
    internal static PartySettings Default { get; } = new(
        ImmutableArray.Create(0L, 0L),
        ImmutableArray.Create(0L, 0L),
        ImmutableArray.CreateRange(new long[16]),
        ImmutableArray.Create(0L, 0L),
        0,
        0,
        ImmutableList<Suspension>.Empty,
        ImmutableHashSet.Create<string>(StringComparer.Ordinal));

    internal bool IsSuspended(Mechanism mechanism, LocalDate date)
    {
        foreach (Suspension suspension in Suspensions)
        {
            if (suspension.Mechanism == mechanism && suspension.Interval.Contains(date))
            {
                return true;
            }
        }

        return false;
    }

    internal static string Describe(long tonnes) => tonnes.ToString("N0", CultureInfo.InvariantCulture);
}
