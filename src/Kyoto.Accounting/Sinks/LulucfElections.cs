using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// A Party's LULUCF elections for one commitment period, as stated in its initial report: the Art. 3.4 activities it
/// accounts for, annual or whole-period accounting, and its forest definition, with the source of the statement.
/// </summary>
/// <remarks>
/// <para>The rules checked by <see cref="Create"/>:</para>
/// <list type="bullet">
/// <item><description>Afforestation/reforestation and deforestation are Art. 3.3 activities, accounted by every Party; they
/// are not elected and may not be listed.</description></item>
/// <item><description>First period: forest management, cropland management, grazing land management and revegetation are
/// elective (Art. 3.4; decision 16/CMP.1 annex ¶6); wetland drainage and rewetting does not exist (it was added for the
/// second period, decision 2/CMP.7 annex).</description></item>
/// <item><description>Second period: forest management is mandatory and must be listed (decision 2/CMP.7 annex);
/// activities elected in the first period must be elected again (decision 2/CMP.7 annex) — the caller states the list, the library does
/// not cross-check periods.</description></item>
/// <item><description>The accounting frequency is fixed for the period (decision 13/CMP.1 annex ¶25).</description></item>
/// </list>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class LulucfElections
{
    private static readonly LulucfActivity[] Article33 = [LulucfActivity.AfforestationAndReforestation, LulucfActivity.Deforestation];

    private readonly ImmutableArray<LulucfActivity> _elected;

    private LulucfElections(Party party, CommitmentPeriod period, ImmutableArray<LulucfActivity> elected, LulucfAccountingFrequency frequency, ForestDefinition forest, string source)
    {
        Party = party;
        Period = period;
        _elected = elected;
        Frequency = frequency;
        ForestDefinition = forest;
        Source = source;
    }

    /// <summary>Gets the Party.</summary>
    public Party Party { get; }

    /// <summary>Gets the commitment period.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets the elected Art. 3.4 activities, in code order.</summary>
    public IReadOnlyList<LulucfActivity> ElectedActivities => _elected;

    /// <summary>Gets every activity accounted: the two Art. 3.3 activities, then the elected Art. 3.4 activities, in code order.</summary>
    public IReadOnlyList<LulucfActivity> AccountedActivities => Article33.Concat(_elected).ToArray();

    /// <summary>Gets whether accounting is annual or for the whole period.</summary>
    public LulucfAccountingFrequency Frequency { get; }

    /// <summary>Gets the forest definition.</summary>
    public ForestDefinition ForestDefinition { get; }

    /// <summary>Gets the source of the elections (e.g. the Party's initial report and its review), as stated by the caller.</summary>
    public string Source { get; }

    /// <summary>Creates and validates a Party's elections for a period.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The commitment period.</param>
    /// <param name="electedActivities">The elected Art. 3.4 activities (no Art. 3.3 activity, no duplicate).</param>
    /// <param name="frequency">Annual or whole-period accounting.</param>
    /// <param name="forestDefinition">The forest definition.</param>
    /// <param name="source">Where the elections are recorded; not blank.</param>
    /// <returns>The elections.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A rule in the remarks is broken; the message names it.</exception>
    /// <example><code>
    /// var elections = LulucfElections.Create(Party.FromCode("JPN"), CommitmentPeriod.First,
    ///     [LulucfActivity.ForestManagement, LulucfActivity.Revegetation], LulucfAccountingFrequency.Period,
    ///     ForestDefinition.Create(0.3m, 30m, 5m), "Initial report of Japan (2006)");
    /// </code></example>
    public static LulucfElections Create(
        Party party,
        CommitmentPeriod period,
        IEnumerable<LulucfActivity> electedActivities,
        LulucfAccountingFrequency frequency,
        ForestDefinition forestDefinition,
        string source)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));
        Preconditions.CheckNotNull(electedActivities, nameof(electedActivities));
        Preconditions.CheckNotNull(forestDefinition, nameof(forestDefinition));
        Preconditions.CheckNotNull(source, nameof(source));
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(source), nameof(source), "State where the elections are recorded (the Party's initial report); a blank source is refused.");
        Preconditions.CheckArgument(frequency is LulucfAccountingFrequency.Period or LulucfAccountingFrequency.Annual, nameof(frequency), "The accounting frequency must be Period or Annual (decision 13/CMP.1 annex ¶25).");
        var elected = new SortedSet<LulucfActivity>();
        foreach (LulucfActivity activity in electedActivities)
        {
            Preconditions.CheckArgumentRange(nameof(electedActivities), (long)activity, 1, 7, "LULUCF activity codes 1–7");
            Preconditions.CheckArgument(
                Array.IndexOf(Article33, activity) < 0,
                nameof(electedActivities),
                activity + " is an Art. 3.3 activity, accounted by every Party; only Art. 3.4 activities are elected (decision 16/CMP.1 annex ¶6).");
            Preconditions.CheckArgument(
                !(activity == LulucfActivity.WetlandDrainageAndRewetting && period == CommitmentPeriod.First),
                nameof(electedActivities),
                "Wetland drainage and rewetting is an Art. 3.4 activity of the second period only (decision 2/CMP.7 annex); it cannot be elected for the first period.");
            Preconditions.CheckArgument(elected.Add(activity), nameof(electedActivities), activity + " is listed twice.");
        }

        Preconditions.CheckArgument(
            period != CommitmentPeriod.Second || elected.Contains(LulucfActivity.ForestManagement),
            nameof(electedActivities),
            "Forest management is mandatory in the second period (decision 2/CMP.7 annex); list it among the Art. 3.4 activities.");
        return new LulucfElections(party, period, elected.ToImmutableArray(), frequency, forestDefinition, source);
    }

    /// <summary>Returns whether an activity is accounted: an Art. 3.3 activity, or an elected Art. 3.4 activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>True if accounted.</returns>
    public bool IsAccounted(LulucfActivity activity) => Array.IndexOf(Article33, activity) >= 0 || _elected.Contains(activity);

    /// <inheritdoc/>
    public override string ToString() =>
        Party.Code + " CP" + Period.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + Frequency + " accounting; Art. 3.4: " +
        (_elected.IsEmpty ? "none" : string.Join(", ", _elected)) + "; " + ForestDefinition + " (" + Source + ")";
}
