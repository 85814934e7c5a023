using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;

namespace Kyoto.Accounting.Accounting;

/// <summary>
/// The aggregate change of a set of Parties' emissions against a reference, for one year or a whole commitment period:
/// the quantity behind Art. 3.1 ("at least 5 per cent below 1990 levels in the commitment period 2008 to 2012") and
/// Art. 3.1 bis ("at least 18 per cent below 1990 levels in the commitment period 2013 to 2020").
/// </summary>
/// <remarks>
/// <para>
/// Two readings are offered (<see cref="Reference"/>). <see cref="ForYear"/>/<see cref="ForPeriod"/> compare with the
/// Parties' base-year emissions as used for their assigned amounts (EIT base periods, 1995 F-gas and NF3 base years,
/// the land-use addition): what the Parties' assigned amounts add up to. <see cref="Against1990ForYear"/>/
/// <see cref="Against1990ForPeriod"/> compare with the Parties' 1990 emissions of the same basket, without LULUCF: the
/// literal "below 1990 levels". They differ wherever a Party's base year is not 1990 for every gas or carries a land-use
/// addition (e.g. Hungary's 1985–1987 average, the EU-15's 1995 F-gases).
/// </para>
/// The comparison is exact: for a period, the Parties' emissions summed over its years are compared with their
/// base-year emissions times the number of years. Art. 3.1 and 3.1 bis are collective goals, not individual
/// commitments; compliance is judged on each Party's assigned amount. This type is immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var literal = CollectiveProgress.Against1990ForPeriod(parties, inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded));
/// bool goalMet = literal.IsAtLeastBelow(5m); // Art. 3.1
/// </code>
/// </example>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.CollectiveProgressJsonConverter))]
public sealed class CollectiveProgress
{
    internal CollectiveProgress(CollectiveProgressReference reference, IReadOnlyList<Party> parties, CommitmentPeriod period, int firstYear, int lastYear, ExactCo2e baseYearEmissions, ExactCo2e emissions)
    {
        Reference = reference;
        Parties = parties;
        Period = period;
        FirstYear = firstYear;
        LastYear = lastYear;
        BaseYearEmissions = baseYearEmissions;
        BaseLevel = baseYearEmissions * (lastYear - firstYear + 1);
        Emissions = emissions;
        Change = emissions - BaseLevel;
    }

    /// <summary>Gets what the emissions are compared with: the Parties' base years, or their 1990 emissions.</summary>
    public CollectiveProgressReference Reference { get; }

    /// <summary>Gets the Parties, in the order given.</summary>
    public IReadOnlyList<Party> Parties { get; }

    /// <summary>Gets the period whose GWP set and basket were used.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets the first year compared.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last year compared (equal to <see cref="FirstYear"/> for a single year).</summary>
    public int LastYear { get; }

    /// <summary>Gets the sum of the Parties' reference emissions, one year's worth: base-year emissions, or 1990 emissions (see <see cref="Reference"/>).</summary>
    public ExactCo2e BaseYearEmissions { get; }

    /// <summary>Gets the base-year emissions times the number of years compared.</summary>
    public ExactCo2e BaseLevel { get; }

    /// <summary>Gets the Parties' emissions over the years compared.</summary>
    public ExactCo2e Emissions { get; }

    /// <summary>Gets <see cref="Emissions"/> − <see cref="BaseLevel"/> (negative for a reduction).</summary>
    public ExactCo2e Change { get; }

    /// <summary>Computes the progress of a set of Parties in one year.</summary>
    /// <param name="baseYears">The Parties' base-year emissions, one per Party, all for the period of <paramref name="totals"/>.</param>
    /// <param name="totals">Inventory totals of the period, without LULUCF.</param>
    /// <param name="year">The year.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The base years are empty, repeat a Party or belong to another period, the totals include LULUCF, or a Party lacks the year.</exception>
    public static CollectiveProgress ForYear(IEnumerable<BaseYearEmissions> baseYears, EmissionTotals totals, int year) =>
        Create(baseYears, totals, year, year);

    /// <summary>Computes the progress of a set of Parties over a commitment period (Art. 3.1, 3.1 bis).</summary>
    /// <param name="baseYears">The Parties' base-year emissions, one per Party, all for the period of <paramref name="totals"/>.</param>
    /// <param name="totals">Inventory totals of the period, without LULUCF, holding every year of it.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The base years are empty, repeat a Party or belong to another period, the totals include LULUCF, or a Party lacks a year.</exception>
    public static CollectiveProgress ForPeriod(IEnumerable<BaseYearEmissions> baseYears, EmissionTotals totals)
    {
        Preconditions.CheckNotNull(totals, nameof(totals));
        return Create(baseYears, totals, totals.Period.FirstYear, totals.Period.LastYear);
    }

    /// <summary>Computes the progress of a set of Parties in one year against their 1990 emissions (the literal Art. 3.1 reading).</summary>
    /// <param name="parties">The Parties, each once.</param>
    /// <param name="totals">Inventory totals of a period, without LULUCF, holding 1990 and the year for every Party.</param>
    /// <param name="year">The year.</param>
    /// <returns>The progress, with <see cref="Reference"/> = <see cref="CollectiveProgressReference.Year1990"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The Parties are empty, repeat a Party or list a REIO with its members, the totals include LULUCF, or a Party lacks a year.</exception>
    public static CollectiveProgress Against1990ForYear(IEnumerable<Party> parties, EmissionTotals totals, int year) =>
        CreateAgainst1990(parties, totals, year, year);

    /// <summary>Computes the progress of a set of Parties over a commitment period against their 1990 emissions ("below 1990 levels", Art. 3.1, 3.1 bis).</summary>
    /// <param name="parties">The Parties, each once.</param>
    /// <param name="totals">Inventory totals of the period, without LULUCF, holding 1990 and every year of the period for every Party.</param>
    /// <returns>The progress, with <see cref="Reference"/> = <see cref="CollectiveProgressReference.Year1990"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The Parties are empty, repeat a Party or list a REIO with its members, the totals include LULUCF, or a Party lacks a year.</exception>
    public static CollectiveProgress Against1990ForPeriod(IEnumerable<Party> parties, EmissionTotals totals)
    {
        Preconditions.CheckNotNull(totals, nameof(totals));
        return CreateAgainst1990(parties, totals, totals.Period.FirstYear, totals.Period.LastYear);
    }

    /// <summary>Returns whether the emissions are at least <paramref name="percentBelow"/> % below the base level, exactly (e.g. 5 for Art. 3.1, 18 for Art. 3.1 bis).</summary>
    /// <param name="percentBelow">The reduction, in percent of the base level, from 0 to 100.</param>
    /// <returns>True if <see cref="Emissions"/> ≤ (100 − <paramref name="percentBelow"/>) % × <see cref="BaseLevel"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentBelow"/> is outside [0, 100].</exception>
    public bool IsAtLeastBelow(decimal percentBelow)
    {
        Preconditions.CheckArgumentRange(nameof(percentBelow), percentBelow, 0m, 100m);
        return Emissions <= BaseLevel.MultiplyByPercent(100m - percentBelow);
    }

    /// <summary>Describes the progress, e.g. <c>"5 Parties, 2008–2012: change … against …"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} Parties, {1}–{2}: change {3} against {4}",
        Parties.Count,
        FirstYear,
        LastYear,
        Change,
        BaseLevel);

    private static CollectiveProgress Create(IEnumerable<BaseYearEmissions> baseYears, EmissionTotals totals, int firstYear, int lastYear)
    {
        Preconditions.CheckNotNull(baseYears, nameof(baseYears));
        Preconditions.CheckNotNull(totals, nameof(totals));
        BaseYearEmissions[] all = baseYears.ToArray();
        Preconditions.CheckArgument(all.All(b => b is not null), nameof(baseYears), "The base-year emissions must not contain null.");
        Preconditions.CheckArgument(all.All(b => ReferenceEquals(b.Period, totals.Period)), nameof(baseYears), "Every base year must be for the period of the totals (" + totals.Period + "), so that the GWP set and basket match (Art. 5.3).");
        Party[] parties = all.Select(b => b.Party).ToArray();
        CheckPartiesAndTotals(parties, totals, nameof(baseYears));
        ExactCo2e baseSum = ExactCo2e.Zero;
        foreach (BaseYearEmissions baseYear in all)
        {
            baseSum += baseYear.Total;
        }

        return new CollectiveProgress(CollectiveProgressReference.BaseYears, Array.AsReadOnly(parties), totals.Period, firstYear, lastYear, baseSum, EmissionsOf(parties, totals, firstYear, lastYear));
    }

    private static CollectiveProgress CreateAgainst1990(IEnumerable<Party> parties, EmissionTotals totals, int firstYear, int lastYear)
    {
        Preconditions.CheckNotNull(parties, nameof(parties));
        Preconditions.CheckNotNull(totals, nameof(totals));
        Party[] all = parties.ToArray();
        Preconditions.CheckArgument(all.All(p => p is not null), nameof(parties), "The Parties must not contain null.");
        CheckPartiesAndTotals(all, totals, nameof(parties));
        return new CollectiveProgress(CollectiveProgressReference.Year1990, Array.AsReadOnly(all), totals.Period, firstYear, lastYear, EmissionsOf(all, totals, 1990, 1990), EmissionsOf(all, totals, firstYear, lastYear));
    }

    private static void CheckPartiesAndTotals(Party[] parties, EmissionTotals totals, string paramName)
    {
        Preconditions.CheckArgument(parties.Length > 0, paramName, "Collective progress needs at least one Party.");
        Preconditions.CheckArgument(parties.Distinct().Count() == parties.Length, paramName, "Each Party must appear once.");
        Preconditions.CheckArgument(
            !parties.Any(p => p.IsRegionalEconomicIntegrationOrganization && JointFulfilment.TryFind(p, totals.Period, out JointFulfilment? agreement) && parties.Any(agreement.IsMember)),
            paramName,
            "A regional economic integration organization's emissions include its member States' (Art. 4, 25.4): listing both would count them twice.");
        Preconditions.CheckArgument(totals.Lulucf == LulucfInclusion.Excluded, nameof(totals), "Art. 3.1 counts Annex A emissions; aggregate without LULUCF.");
    }

    private static ExactCo2e EmissionsOf(Party[] parties, EmissionTotals totals, int firstYear, int lastYear)
    {
        ExactCo2e emissions = ExactCo2e.Zero;
        foreach (Party party in parties)
        {
            for (int year = firstYear; year <= lastYear; year++)
            {
                emissions += ExactCo2e.From(totals.Get(party, year));
            }
        }

        return emissions;
    }
}
