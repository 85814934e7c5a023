using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Registry.Journal;

namespace Kyoto.Accounting.Registry;

/// <content>Listing every part of a configuration, so it can be exported, compared and rebuilt.</content>
public sealed partial class RegistryConfiguration
{
    private static readonly Mechanism[] MechanismsInOrder = [Mechanism.JointImplementation, Mechanism.CleanDevelopmentMechanism, Mechanism.EmissionsTrading];

    /// <summary>Gets the CDM projects hosted by least developed countries (decision 17/CP.7 ¶15(b)), in increasing order.</summary>
    public IReadOnlyList<long> LeastDevelopedCountryProjects => _leastDevelopedCountryProjects.Order().ToArray();

    /// <summary>
    /// Gets the Parties with at least one recorded figure, eligibility, suspension or authorised legal entity, in the
    /// order of <see cref="Party.All"/>; every other Party has only zero figures and no eligibility.
    /// </summary>
    public IReadOnlyList<Party> ConfiguredParties =>
        Party.All.Where(p => !IsDefault(_parties[p.Index])).ToArray();

    /// <summary>Gets every suspension of eligibility (decision 27/CMP.1 annex XV), by Party in the order of <see cref="Party.All"/>, then in the order recorded.</summary>
    public IReadOnlyList<EligibilitySuspension> Suspensions =>
        Party.All.SelectMany(GetSuspensions).ToArray();

    /// <summary>Gets the mechanisms under which a Party has been declared eligible (Art. 6, 12, 17), ignoring suspensions.</summary>
    /// <param name="party">The Party.</param>
    /// <returns>The mechanisms, in the order joint implementation, CDM, emissions trading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public IReadOnlyList<Mechanism> GetEligibleMechanisms(Party party)
    {
        int mask = Settings(party).EligibleMask;
        return MechanismsInOrder.Where(m => (mask & (MechanismBit(m) * BothPeriods)) != 0).ToArray();
    }

    /// <summary>Gets a Party's suspensions of eligibility (decision 27/CMP.1 annex XV), in the order recorded.</summary>
    /// <param name="party">The Party.</param>
    /// <returns>The suspensions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public IReadOnlyList<EligibilitySuspension> GetSuspensions(Party party) =>
        Settings(party).Suspensions.Select(s => new EligibilitySuspension(party, s.Mechanism, s.Interval, s.TransfersOnly)).ToArray();

    /// <summary>Gets the legal entities a Party has authorised to participate in the mechanisms (Art. 6.3), in ordinal order.</summary>
    /// <param name="party">The Party.</param>
    /// <returns>The legal entities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public IReadOnlyList<string> GetAuthorisedLegalEntities(Party party) =>
        Settings(party).LegalEntities.Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Returns whether another configuration has the same content: the same accounts in the same order, Adaptation Fund
    /// account, figures, eligibility, suspensions, authorised legal entities and least-developed-country projects.
    /// </summary>
    /// <param name="other">The other configuration.</param>
    /// <returns>True if every part is equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool HasSameContent(RegistryConfiguration other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        return ReferenceEquals(this, other) || ConfigurationCodec.Canonical(this).AsSpan().SequenceEqual(ConfigurationCodec.Canonical(other));
    }

    internal static bool IsDefault(PartySettings s) =>
        s.EligibleMask == 0 && s.PpsrRetirementLimit == 0 && s.Suspensions.IsEmpty && s.LegalEntities.IsEmpty && s.Article37TerQuantity is null
        && AllZero(s.AssignedAmount) && AllZero(s.Reserve) && AllZero(s.LulucfLimit) && AllZero(s.TemporaryCerLimit);

    private static bool AllZero(System.Collections.Immutable.ImmutableArray<long> values)
    {
        foreach (long value in values)
        {
            if (value != 0)
            {
                return false;
            }
        }

        return true;
    }
}
