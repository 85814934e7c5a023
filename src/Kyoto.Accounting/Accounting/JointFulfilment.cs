using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;

namespace Kyoto.Accounting.Accounting;

/// <summary>
/// An agreement of Parties to fulfil their commitments jointly (Art. 4, the "bubble"): its members, the emission
/// level the agreement allocates to each, and the Art. 4.5 assessment of combined against individual levels.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="EuFirstPeriod"/>: the European Community and its 15 Member States of 1998, burden sharing under Council
/// Decision 2002/358/EC (secondary source), levels as recorded by Commission Decision 2006/944/EC as amended by 2010/778/EU (verified against the text).
/// <see cref="EuSecondPeriod"/>: the European Union, its 28 Member States and Iceland, levels from the joint-fulfilment
/// agreement (OJ L 207/17, 2015, Annex 2 Table 1 (verified against the text)).
/// </para>
/// <para>
/// <see cref="CombinedLevel"/> is the sum of the members' allocated levels (Art. 4.1). First period: the EC's own
/// recorded level (19,621,381,509 t) is computed from its own base year and is not that sum; it is available through
/// <see cref="RecordedEmissionLevel"/>, and the EC has no level of its own in this model. Second period (EU–Iceland
/// agreement, OJ L 207/17, Annex 2 ¶2–3 (verified against the text)): the Member States and Iceland ensure that their total combined emissions
/// do not exceed the <see cref="JointAssignedAmount"/>; each member's level is its Table 1 amount plus the result, if any,
/// of the second sentence of Art. 3.7 bis (<see cref="WithLandUseAddition"/>; Table 1 is "before application of Article
/// 3(7 bis)") and covers its emissions outside the EU emissions trading system (with all Art. 3.3/3.4 activities and all
/// NF3); the European Union's own level is the joint assigned amount minus the sum of the members' levels
/// (<see cref="OrganizationLevel"/>) and is set against the emissions under the EU emissions trading system. The joint
/// assigned amount is not reference data here: state it (<see cref="WithJointAssignedAmount"/>). A change in the
/// REIO's membership does not affect the agreement (Art. 4.4): membership is fixed per agreement here.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class JointFulfilment
{
    // Council Decision 2002/358/EC, Annex II: the Member States of the EU-15 bubble.
    private static readonly string[] Eu15 = { "BEL", "DNK", "DEU", "GRC", "ESP", "FRA", "IRL", "ITA", "LUX", "NLD", "AUT", "PRT", "FIN", "SWE", "GBR" };

    private static readonly Lazy<JointFulfilment> First = new(() => new JointFulfilment(
        CommitmentPeriod.First,
        Party.FromCode("EUU"),
        RecordedEmissionLevel.EuFirstPeriod.Where(l => Eu15.Contains(l.Party.Code)).ToArray(),
        "Council Decision 2002/358/EC; Commission Decision 2006/944/EC as amended by 2010/778/EU"));

    private static readonly Lazy<JointFulfilment> Second = new(() => new JointFulfilment(
        CommitmentPeriod.Second,
        Party.FromCode("EUU"),
        RecordedEmissionLevel.EuSecondPeriod.ToArray(),
        "Agreement between the EU, its Member States and Iceland, OJ L 207/17 (4.8.2015), Annex 2 Table 1"));

    private readonly RecordedEmissionLevel[] _levels;
    private readonly ImmutableDictionary<Party, long> _landUseAdditions;

    private JointFulfilment(CommitmentPeriod period, Party organization, RecordedEmissionLevel[] levels, string source)
        : this(period, organization, levels, source, ImmutableDictionary<Party, long>.Empty, null)
    {
    }

    private JointFulfilment(CommitmentPeriod period, Party organization, RecordedEmissionLevel[] levels, string source, ImmutableDictionary<Party, long> landUseAdditions, long? jointAssignedAmountTonnes)
    {
        Period = period;
        Organization = organization;
        _levels = levels;
        _landUseAdditions = landUseAdditions;
        Members = levels.Select(l => l.Party).ToArray();
        Source = source;
        long combined = 0;
        foreach (RecordedEmissionLevel level in levels)
        {
            combined = Internal.Checked.Add(combined, Internal.Checked.Add(level.Tonnes, landUseAdditions.GetValueOrDefault(level.Party), "member level"), "combined level");
        }

        CombinedLevel = Co2e.FromTonnes(combined, period.GwpSet);
        if (jointAssignedAmountTonnes is long joint)
        {
            JointAssignedAmount = Co2e.FromTonnes(joint, period.GwpSet);
            OrganizationLevel = Co2e.FromTonnes(joint - combined, period.GwpSet);
        }
    }

    /// <summary>Gets the EU-15 bubble of the first commitment period (Art. 4; 2002/358/EC).</summary>
    public static JointFulfilment EuFirstPeriod => First.Value;

    /// <summary>Gets the joint fulfilment of the EU, its 28 Member States and Iceland in the second commitment period (Art. 4).</summary>
    public static JointFulfilment EuSecondPeriod => Second.Value;

    /// <summary>Gets the commitment period of the agreement.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets the regional economic integration organization that is party to the agreement (Art. 4.6).</summary>
    public Party Organization { get; }

    /// <summary>Gets the members whose levels the agreement allocates, in the order of the source table.</summary>
    public IReadOnlyList<Party> Members { get; }

    /// <summary>Gets the legal source of the agreement and its levels.</summary>
    public string Source { get; }

    /// <summary>Gets the total of the members' allocated levels (Art. 4.1), each with its land-use addition if stated.</summary>
    public Co2e CombinedLevel { get; }

    /// <summary>Gets whether the organization has a level of its own in the agreement (second period: the EU's level for its emissions trading system).</summary>
    public bool HasOrganizationLevel => Period.Number == 2;

    /// <summary>Gets the joint assigned amount stated with <see cref="WithJointAssignedAmount"/> (second period), or null.</summary>
    public Co2e? JointAssignedAmount { get; }

    /// <summary>
    /// Gets the organization's own level (second period: joint assigned amount − Σ members' levels, set against the
    /// emissions under the EU emissions trading system; EU–Iceland agreement Annex 2 ¶3), or null until the joint
    /// assigned amount is stated.
    /// </summary>
    public Co2e? OrganizationLevel { get; }

    /// <summary>Gets the Parties whose emissions the agreement covers: the members and, in the second period, the organization.</summary>
    public IReadOnlyList<Party> Participants => HasOrganizationLevel ? Members.Append(Organization).ToArray() : Members;

    /// <summary>Finds the agreement that a Party belongs to in a period, if any.</summary>
    /// <param name="party">The Party (a member or the organization).</param>
    /// <param name="period">The period.</param>
    /// <param name="agreement">The agreement, or null.</param>
    /// <returns>True if the Party is the organization or a member of an agreement for <paramref name="period"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    public static bool TryFind(Party party, CommitmentPeriod period, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JointFulfilment? agreement)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));
        JointFulfilment candidate = period.Number == 1 ? EuFirstPeriod : EuSecondPeriod;
        agreement = candidate.IsMember(party) || ReferenceEquals(candidate.Organization, party) ? candidate : null;
        return agreement is not null;
    }

    /// <summary>Returns whether a Party is a member whose level the agreement allocates.</summary>
    /// <param name="party">The Party.</param>
    /// <returns>True if <paramref name="party"/> is a member.</returns>
    public bool IsMember(Party? party) => party is not null && Members.Contains(party);

    /// <summary>
    /// Returns the agreement with the joint assigned amount stated (second period; EU–Iceland agreement Annex 2 ¶2–3), so
    /// that <see cref="OrganizationLevel"/> and the joint test of <see cref="Assess"/> are known.
    /// </summary>
    /// <param name="tonnes">The joint assigned amount in whole tonnes, at least <see cref="CombinedLevel"/>.</param>
    /// <returns>The new agreement.</returns>
    /// <exception cref="ArgumentException">The agreement is for the first period.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is below the members' combined level.</exception>
    public JointFulfilment WithJointAssignedAmount(long tonnes)
    {
        Preconditions.CheckArgument(HasOrganizationLevel, nameof(tonnes), "The first-period agreement has no joint assigned amount separate from the EC's recorded level; the organization's own level exists in the second period only (EU–Iceland agreement, OJ L 207/17, Annex 2 ¶3).");
        long combined = CombinedLevel.ToWholeTonnes(Quantities.TonneRounding.TowardZero);
        Preconditions.CheckArgumentRange(nameof(tonnes), tonnes, combined, long.MaxValue / Quantities.Grams.PerTonne, "the joint assigned amount covers the members' levels and the EU's own level (Annex 2 ¶3)");
        return new JointFulfilment(Period, Organization, _levels, Source, _landUseAdditions, tonnes);
    }

    /// <summary>
    /// Returns the agreement with a member's level raised by the result of the second sentence of Art. 3.7 bis (its
    /// land-use addition; EU–Iceland agreement Annex 2 ¶3: "the sum of their respective amounts in Table 1 … and the
    /// result, if any, of applying Article 3, paragraph 7 bis, second sentence").
    /// </summary>
    /// <param name="member">The member.</param>
    /// <param name="tonnes">The addition to its level for the period, whole tonnes, zero or more.</param>
    /// <returns>The new agreement; the organization's level shrinks by the same amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is null.</exception>
    /// <exception cref="ArgumentException">The agreement is for the first period, or <paramref name="member"/> is not a member.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is negative, or leaves the organization's level negative.</exception>
    public JointFulfilment WithLandUseAddition(Party member, long tonnes)
    {
        Preconditions.CheckNotNull(member, nameof(member));
        Preconditions.CheckArgument(HasOrganizationLevel, nameof(member), "Member levels including the Art. 3.7 bis land-use addition belong to the second-period agreement (Annex 2 ¶3); first-period levels are recorded amounts.");
        Preconditions.CheckArgument(IsMember(member), nameof(member), member.Name + " is not a member of the joint fulfilment of " + Period + " (" + Source + ").");
        Preconditions.CheckArgumentRange(nameof(tonnes), tonnes, 0, long.MaxValue / Quantities.Grams.PerTonne, "the result of Art. 3.7 bis, second sentence, is zero or more whole tonnes");
        var additions = _landUseAdditions.SetItem(member, tonnes);
        long? joint = JointAssignedAmount?.ToWholeTonnes(Quantities.TonneRounding.TowardZero);
        var result = new JointFulfilment(Period, Organization, _levels, Source, additions, null);
        if (joint is long j)
        {
            result = result.WithJointAssignedAmount(j);
        }

        return result;
    }

    /// <summary>
    /// Gets the emission level of a Party to the agreement: a member's allocated level (with its land-use addition, if
    /// stated), or in the second period the organization's own level.
    /// </summary>
    /// <param name="participant">A member, or the organization in the second period.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="participant"/> has no level in the agreement, or it is the organization and the joint assigned amount is not stated.</exception>
    public Co2e GetEmissionLevel(Party participant)
    {
        Preconditions.CheckNotNull(participant, nameof(participant));
        if (HasOrganizationLevel && ReferenceEquals(participant, Organization))
        {
            Preconditions.CheckArgument(OrganizationLevel is not null, nameof(participant), "The EU's own level is the joint assigned amount minus the members' levels (Annex 2 ¶3); state the joint assigned amount with WithJointAssignedAmount.");
            return OrganizationLevel!.Value;
        }

        return GetLevel(participant).Level + Co2e.FromTonnes(_landUseAdditions.GetValueOrDefault(participant), Period.GwpSet);
    }

    /// <summary>Gets the level the agreement allocates to a member as recorded (first period: 2006/944/EC; second period: Table 1, before Art. 3.7 bis).</summary>
    /// <param name="member">The member.</param>
    /// <returns>The recorded level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="member"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="member"/> is not a member of the agreement.</exception>
    public RecordedEmissionLevel GetLevel(Party member)
    {
        Preconditions.CheckNotNull(member, nameof(member));
        RecordedEmissionLevel? level = _levels.FirstOrDefault(l => ReferenceEquals(l.Party, member));
        Preconditions.CheckArgument(level is not null, nameof(member), member.Name + " is not a member of the joint fulfilment of " + Period + " (" + Source + ").");
        return level;
    }

    /// <summary>
    /// Compares the Parties' emissions for the period with the agreement's unadjusted amounts (Art. 4.1, 4.5): first
    /// period, the members' combined emissions against <see cref="CombinedLevel"/>; second period, the total emissions of
    /// the members and the EU (its emissions under the EU emissions trading system) against the
    /// <see cref="JointAssignedAmount"/>. If not met, each Party is held against its own level. Units acquired, transferred
    /// and retired (Art. 3.10–3.12) are not considered here; the true-up (<c>TrueUp.AssessJointly</c>) does.
    /// </summary>
    /// <param name="emissions">Each participant's emissions for the period (<see cref="Participants"/>; members: second period, outside the EU ETS), under the period's GWP set; every participant, nobody else.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="emissions"/> is null.</exception>
    /// <exception cref="ArgumentException">A participant is missing, a Party is not a participant, a figure is negative, or (second period) the joint assigned amount is not stated.</exception>
    /// <exception cref="GwpSetMismatchException">A figure is not under the period's GWP set (Art. 5.3).</exception>
    public JointFulfilmentAssessment Assess(IReadOnlyDictionary<Party, Co2e> emissions)
    {
        Preconditions.CheckNotNull(emissions, nameof(emissions));
        CheckParticipants(emissions.Keys, nameof(emissions));
        Preconditions.CheckArgument(!HasOrganizationLevel || JointAssignedAmount is not null, nameof(emissions), "The second-period joint test compares total emissions with the joint assigned amount (EU–Iceland agreement Annex 2 ¶2); state it with WithJointAssignedAmount.");
        var members = new List<JointFulfilmentMember>(Participants.Count);
        foreach (Party party in Participants)
        {
            if (!emissions.TryGetValue(party, out Co2e emitted))
            {
                Preconditions.ThrowArgument(nameof(emissions), "The emissions of " + party.Name + " are missing; the joint test and Art. 4.5 need every participant's emissions.");
            }

            Preconditions.CheckArgument(emitted.Grams >= 0, nameof(emissions), string.Format(CultureInfo.InvariantCulture, "The emissions of {0} are negative ({1}).", party.Name, emitted));
            Co2e level = GetEmissionLevel(party);
            if (emitted.TryGetGwpSet(out GwpSet? set) && !ReferenceEquals(set, Period.GwpSet))
            {
                // Speak from the caller's side: which argument, which Party, which bubble.
                throw new GwpSetMismatchException(
                    Period.GwpSet,
                    set,
                    nameof(emissions),
                    string.Format(CultureInfo.InvariantCulture, "the {0} joint fulfilment of CP{1} (emissions of {2})", Organization.Code, Period.Number, party.Code));
            }

            _ = emitted.CompareTo(level); // a mix without a single set still throws here
            members.Add(new JointFulfilmentMember(party, level, emitted));
        }

        return new JointFulfilmentAssessment(this, members);
    }

    internal void CheckParticipants(IEnumerable<Party> parties, string paramName)
    {
        foreach (Party party in parties)
        {
            Preconditions.CheckArgument(
                IsMember(party) || (HasOrganizationLevel && ReferenceEquals(party, Organization)),
                paramName,
                party.Name + " is not a Party with a level in the joint fulfilment of " + Period + " (Art. 4.1)" + (ReferenceEquals(party, Organization) ? "; in the first period the EC has no level of its own here." : "."));
        }
    }

    /// <summary>Formats the agreement, e.g. <c>"EUU joint fulfilment CP1 (2008–2012): 15 members, combined level …"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} joint fulfilment {1}: {2} members, combined level {3}", Organization.Code, Period, Members.Count, CombinedLevel);
}
