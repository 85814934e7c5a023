using System;
using System.Collections.Generic;
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
/// Decision 2002/358/EC [S], levels as recorded by Commission Decision 2006/944/EC as amended by 2010/778/EU [V].
/// <see cref="EuSecondPeriod"/>: the European Union, its 28 Member States and Iceland, levels from the joint-fulfilment
/// agreement (OJ L 207/17, 2015, Annex 2 Table 1 [V]).
/// </para>
/// <para>
/// <see cref="CombinedLevel"/> is the sum of the members' allocated levels (Art. 4.1). The REIO's own recorded level
/// (19,621,381,509 t for the EC in the first period) is computed from its own base year and is not that sum; it is
/// available through <see cref="RecordedEmissionLevel"/>. A change in the REIO's membership does not affect the
/// agreement (Art. 4.4): membership is fixed per agreement here.
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

    private JointFulfilment(CommitmentPeriod period, Party organization, RecordedEmissionLevel[] levels, string source)
    {
        Period = period;
        Organization = organization;
        _levels = levels;
        Members = levels.Select(l => l.Party).ToArray();
        Source = source;
        CombinedLevel = Co2e.FromTonnes(levels.Sum(l => l.Tonnes), period.GwpSet);
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

    /// <summary>Gets the total of the members' allocated levels (Art. 4.1).</summary>
    public Co2e CombinedLevel { get; }

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

    /// <summary>Gets the level the agreement allocates to a member.</summary>
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
    /// Assesses the members' emissions for the period against the agreement (Art. 4.1, 4.5): jointly compliant if the
    /// combined emissions do not exceed <see cref="CombinedLevel"/>; otherwise each member is responsible for its own
    /// level, and those above it are in excess.
    /// </summary>
    /// <param name="emissions">Each member's total emissions for the period, under the period's GWP set; every member must appear, nobody else.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="emissions"/> is null.</exception>
    /// <exception cref="ArgumentException">A member is missing, a Party is not a member, or a figure is negative.</exception>
    /// <exception cref="GwpSetMismatchException">A figure is not under the period's GWP set (Art. 5.3).</exception>
    public JointFulfilmentAssessment Assess(IReadOnlyDictionary<Party, Co2e> emissions)
    {
        Preconditions.CheckNotNull(emissions, nameof(emissions));
        foreach (Party party in emissions.Keys)
        {
            Preconditions.CheckArgument(IsMember(party), nameof(emissions), party.Name + " is not a member of the joint fulfilment of " + Period + " (Art. 4.1).");
        }

        var members = new List<JointFulfilmentMember>(Members.Count);
        foreach (RecordedEmissionLevel level in _levels)
        {
            if (!emissions.TryGetValue(level.Party, out Co2e emitted))
            {
                Preconditions.ThrowArgument(nameof(emissions), "The emissions of " + level.Party.Name + " are missing; Art. 4.5 needs every member's emissions.");
            }

            Preconditions.CheckArgument(emitted.Grams >= 0, nameof(emissions), string.Format(CultureInfo.InvariantCulture, "The emissions of {0} are negative ({1}).", level.Party.Name, emitted));
            _ = emitted.CompareTo(level.Level); // throws on a GWP set other than the period's
            members.Add(new JointFulfilmentMember(level.Party, level.Level, emitted));
        }

        return new JointFulfilmentAssessment(this, members);
    }

    /// <summary>Formats the agreement, e.g. <c>"EUU joint fulfilment CP1 (2008–2012): 15 members, combined level …"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} joint fulfilment {1}: {2} members, combined level {3}", Organization.Code, Period, Members.Count, CombinedLevel);
}
