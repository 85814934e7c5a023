using System;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using NodaTime;

namespace Kyoto.Accounting.Registry;

/// <content>Rule-specific settings: eligibility per period, transfers-only suspensions, the recorded Art. 3.7 ter quantity.</content>
public sealed partial class RegistryConfiguration
{
    /// <summary>The eligibility mask holds three mechanism bits per period: the first period's in bits 0–2, the second's in bits 3–5.</summary>
    internal const int BothPeriods = 1 | (1 << 3);

    /// <summary>
    /// Returns a configuration in which a Party is eligible to transfer and acquire units valid for one commitment period
    /// under a mechanism (Art. 6, 12, 17; decision 11/CMP.1; for the second period decision 1/CMP.8 ¶13–15). A Party
    /// eligible for the first period only cannot acquire units valid for the second (check 3001/3002).
    /// </summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The commitment period whose units the eligibility covers.</param>
    /// <param name="mechanisms">The mechanisms.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/>, <paramref name="period"/> or <paramref name="mechanisms"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A mechanism is undefined.</exception>
    public RegistryConfiguration WithEligibility(Party party, CommitmentPeriod period, params Mechanism[] mechanisms)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));
        Preconditions.CheckNotNull(mechanisms, nameof(mechanisms));
        int mask = _parties[party.Index].EligibleMask;
        foreach (Mechanism mechanism in mechanisms)
        {
            mask |= EligibilityBit(mechanism, period.Number);
        }

        return With(party, _parties[party.Index] with { EligibleMask = mask });
    }

    /// <summary>Returns whether a Party has been declared eligible under a mechanism for the units of a period (ignoring suspensions).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <param name="mechanism">The mechanism.</param>
    /// <returns>True if eligible.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mechanism"/> is undefined.</exception>
    public bool IsEligible(Party party, CommitmentPeriod period, Mechanism mechanism) =>
        (Settings(party).EligibleMask & EligibilityBit(mechanism, PeriodIndex(period) + 1)) != 0;

    /// <summary>
    /// Returns a configuration in which a Party's eligibility to <em>make transfers</em> under a mechanism is suspended
    /// during an interval — the consequence of decision 27/CMP.1 annex XV ¶5(c) for Art. 17. Unlike
    /// <see cref="WithSuspension"/> (a full suspension, annex XV ¶4), the Party may still acquire units and use them.
    /// </summary>
    /// <param name="party">The Party.</param>
    /// <param name="mechanism">The mechanism.</param>
    /// <param name="interval">The dates of the suspension (end inclusive).</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mechanism"/> is undefined.</exception>
    public RegistryConfiguration WithTransferSuspension(Party party, Mechanism mechanism, DateInterval interval)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(interval, nameof(interval));
        _ = MechanismBit(mechanism);
        PartySettings settings = _parties[party.Index];
        return With(party, settings with { Suspensions = settings.Suspensions.Add(new Suspension(mechanism, interval, TransfersOnly: true)) });
    }

    /// <summary>
    /// Returns a configuration with a Party's Art. 3.7 ter quantity recorded for the second period (decision 13/CMP.1
    /// annex ¶9 bis, ¶10 bis as inserted by decision 3/CMP.11): the difference between the assigned amount and the
    /// average emissions of 2008–2010 × 8, computed by the accounting layer under decision 2/CMP.11 ¶2 option (a)
    /// (inventory-based) or option (b) (a stated average); zero when there is no adjustment. Once recorded, the Party's
    /// second-period AAUs leave its holding accounts only after this quantity has been cancelled into its Art. 3.7 ter
    /// account "immediately upon issuance" (¶23 ter; check 4014), and no more than this quantity is cancelled there
    /// (check 4015). Without a recorded quantity neither check applies.
    /// </summary>
    /// <param name="party">The Party.</param>
    /// <param name="tonnes">The quantity in whole tonnes; not negative.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is negative.</exception>
    public RegistryConfiguration WithArticle37TerQuantity(Party party, long tonnes) =>
        Update(party, CommitmentPeriod.Second, tonnes, nameof(tonnes), (s, _, t) => s with { Article37TerQuantity = t });

    /// <summary>Gets a Party's recorded Art. 3.7 ter quantity (decision 13/CMP.1 annex ¶10 bis), or null if none was recorded.</summary>
    /// <param name="party">The Party.</param>
    /// <returns>Whole tonnes, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public long? GetArticle37TerQuantity(Party party) => Settings(party).Article37TerQuantity;

    internal static int EligibilityBit(Mechanism mechanism, int periodNumber) => MechanismBit(mechanism) << (3 * (periodNumber - 1));
}
