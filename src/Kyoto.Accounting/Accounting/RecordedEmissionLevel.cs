using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.ReferenceData;

namespace Kyoto.Accounting.Accounting;

/// <summary>
/// An emission level for a commitment period as officially recorded, in whole tonnes: reference data, kept distinct
/// from the amounts this library computes (<see cref="AssignedAmount"/>).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="EuFirstPeriod"/> holds the first-period levels of the European Community (the EU-15 bubble,
/// 19,621,381,509 t) and of its Member States, as recorded by Commission Decision 2006/944/EC as amended by Decision
/// 2010/778/EU (verified against the text), with the burden-sharing percentages of Council Decision 2002/358/EC (secondary source) (embedded table
/// <see cref="ReferenceTable.EuFirstPeriodBurdenSharing"/>), and Croatia's first-period level, 148,778,503 t (95 % of
/// Annex B), which Commission Implementing Decision 2013/644/EU inserted into the annex of 2006/944/EC after Croatia's
/// accession (verified against the text): its Kyoto base year without the 3.5 Mt of decision 7/CP.12. The Community's level is computed from its own base year;
/// it is not the sum of the Member States' levels (Art. 4). Cyprus and Malta had no first-period level and are absent.
/// </para>
/// <para>
/// <see cref="EuSecondPeriod"/> holds the second-period emission levels of the 28 Member States and Iceland under their
/// joint-fulfilment agreement (OJ L 207/17, 4.8.2015, Annex 2 Table 1 (verified against the text); embedded table
/// <see cref="ReferenceTable.EuSecondPeriodJointFulfilment"/>). They are fixed in tonnes, as Table 1 gives them: "before
/// application of Article 3(7 bis)" — a member's level under the agreement (Annex 2 ¶3) is its Table 1 amount plus the
/// result, if any, of the second sentence of Art. 3.7 bis (see <see cref="JointFulfilment"/>); there
/// is no percentage of a base year (<see cref="CommitmentPercent"/> is null).
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RecordedEmissionLevel
{
    private static readonly Lazy<RecordedEmissionLevel[]> Eu = new(LoadEuFirstPeriod);
    private static readonly Lazy<RecordedEmissionLevel[]> EuJoint = new(LoadEuSecondPeriod);

    private RecordedEmissionLevel(Party party, CommitmentPeriod period, long tonnes, decimal? commitmentPercent, string source)
    {
        Party = party;
        Period = period;
        Tonnes = tonnes;
        CommitmentPercent = commitmentPercent;
        Source = source;
    }

    /// <summary>Gets the recorded first-period levels of the EU-15 bubble and the EU Member States, in the order of the source table.</summary>
    public static IReadOnlyList<RecordedEmissionLevel> EuFirstPeriod => Eu.Value;

    /// <summary>Gets the second-period joint-fulfilment levels of the EU Member States and Iceland, in the order of the source table.</summary>
    public static IReadOnlyList<RecordedEmissionLevel> EuSecondPeriod => EuJoint.Value;

    /// <summary>Gets the Party.</summary>
    public Party Party { get; }

    /// <summary>Gets the commitment period.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets the recorded level in whole tonnes CO2e.</summary>
    public long Tonnes { get; }

    /// <summary>Gets the level as CO2-equivalent under the period's GWP set.</summary>
    public Co2e Level => Co2e.FromTonnes(Tonnes, Period.GwpSet);

    /// <summary>
    /// Gets the commitment as a percentage of base-year emissions (first period: burden sharing under 2002/358/EC, or
    /// Annex B for Member States that joined later), or null where the level is fixed in tonnes (second period).
    /// </summary>
    public decimal? CommitmentPercent { get; }

    /// <summary>Gets the legal source of the level.</summary>
    public string Source { get; }

    /// <summary>Gets the recorded first-period level of the EU-15 bubble or an EU Member State.</summary>
    /// <param name="party">The Party.</param>
    /// <returns>The recorded level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException">2006/944/EC records no level for <paramref name="party"/>.</exception>
    public static RecordedEmissionLevel GetEuFirstPeriod(Party party)
        => Find(EuFirstPeriod, party) ?? throw new ArgumentException(party.Name + " has no first-period emission level recorded by Commission Decision 2006/944/EC (as amended by 2010/778/EU and 2013/644/EU).", nameof(party));

    /// <summary>Gets the recorded first-period level of the EU-15 bubble or an EU Member State, if there is one.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="level">The level, or null.</param>
    /// <returns>True if 2006/944/EC (as amended) records a level for <paramref name="party"/>.</returns>
    public static bool TryGetEuFirstPeriod(Party? party, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RecordedEmissionLevel? level)
    {
        level = party is null ? null : Find(EuFirstPeriod, party);
        return level is not null;
    }

    /// <summary>Gets the recorded second-period joint-fulfilment level of an EU Member State or Iceland.</summary>
    /// <param name="party">The Party.</param>
    /// <returns>The recorded level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException">The joint-fulfilment agreement records no level for <paramref name="party"/>.</exception>
    public static RecordedEmissionLevel GetEuSecondPeriod(Party party)
        => Find(EuSecondPeriod, party) ?? throw new ArgumentException(party.Name + " has no second-period emission level in the EU–Iceland joint-fulfilment agreement (OJ L 207/17, Annex 2 Table 1).", nameof(party));

    /// <summary>Gets the recorded second-period joint-fulfilment level of an EU Member State or Iceland, if there is one.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="level">The level, or null.</param>
    /// <returns>True if the joint-fulfilment agreement records a level for <paramref name="party"/>.</returns>
    public static bool TryGetEuSecondPeriod(Party? party, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RecordedEmissionLevel? level)
    {
        level = party is null ? null : Find(EuSecondPeriod, party);
        return level is not null;
    }

    private static RecordedEmissionLevel? Find(IReadOnlyList<RecordedEmissionLevel> levels, Party party)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        return levels.FirstOrDefault(l => ReferenceEquals(l.Party, party));
    }

    /// <summary>Formats the level, e.g. <c>"DEU CP1 (2008–2012) recorded level: 4868096694 t (79%)"</c>.</summary>
    /// <returns>The formatted level.</returns>
    public override string ToString() => CommitmentPercent is decimal percent
        ? string.Format(CultureInfo.InvariantCulture, "{0} {1} recorded level: {2} t ({3}%)", Party.Code, Period, Tonnes, percent)
        : string.Format(CultureInfo.InvariantCulture, "{0} {1} recorded level: {2} t", Party.Code, Period, Tonnes);

    private static RecordedEmissionLevel[] LoadEuFirstPeriod() =>
        ReferenceTable.EuFirstPeriodBurdenSharing
            .ReadRows("party", "emission_level_cp1_tCO2e", "commitment_pct_of_base_year")
            .Where(row => row.Fields[1] != "Not applicable")
            .Select(row => new RecordedEmissionLevel(
                Party.FromName(row.Fields[0]),
                CommitmentPeriod.First,
                long.Parse(row.Fields[1], NumberStyles.None, CultureInfo.InvariantCulture),
                decimal.Parse(row.Fields[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
                row.Fields[5]))
            .ToArray();

    private static RecordedEmissionLevel[] LoadEuSecondPeriod() =>
        ReferenceTable.EuSecondPeriodJointFulfilment
            .ReadRows("party", "emission_level_cp2_before_art3_7bis_tCO2e", "source")
            .Select(row => new RecordedEmissionLevel(
                Party.FromName(row.Fields[0]),
                CommitmentPeriod.Second,
                long.Parse(row.Fields[1], NumberStyles.None, CultureInfo.InvariantCulture),
                null,
                row.Fields[2]))
            .ToArray();
}
