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
/// The aggregate change of a set of Parties' emissions against their base years, for one year or a whole
/// commitment period: the quantity behind Art. 3.1 ("at least 5 per cent below 1990 levels in the commitment period
/// 2008 to 2012") and Art. 3.1 bis ("at least 18 per cent below 1990 levels in the commitment period 2013 to 2020").
/// </summary>
/// <remarks>
/// The comparison is exact: for a period, the Parties' emissions summed over its years are compared with their
/// base-year emissions times the number of years. Art. 3.1 and 3.1 bis are collective goals, not individual
/// commitments; compliance is judged on each Party's assigned amount. This type is immutable and thread-safe.
/// </remarks>
public sealed class CollectiveProgress
{
    private CollectiveProgress(IReadOnlyList<Party> parties, CommitmentPeriod period, int firstYear, int lastYear, ExactCo2e baseYearEmissions, ExactCo2e emissions)
    {
        Parties = parties;
        Period = period;
        FirstYear = firstYear;
        LastYear = lastYear;
        BaseYearEmissions = baseYearEmissions;
        BaseLevel = baseYearEmissions * (lastYear - firstYear + 1);
        Emissions = emissions;
        Change = emissions - BaseLevel;
    }

    /// <summary>Gets the Parties, in the order given.</summary>
    public IReadOnlyList<Party> Parties { get; }

    /// <summary>Gets the period whose GWP set and basket were used.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets the first year compared.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last year compared (equal to <see cref="FirstYear"/> for a single year).</summary>
    public int LastYear { get; }

    /// <summary>Gets the sum of the Parties' base-year emissions (one year's worth).</summary>
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
        Preconditions.CheckArgument(all.Length > 0, nameof(baseYears), "Collective progress needs at least one Party.");
        Preconditions.CheckArgument(all.All(b => b is not null), nameof(baseYears), "The base-year emissions must not contain null.");
        Preconditions.CheckArgument(all.Select(b => b.Party).Distinct().Count() == all.Length, nameof(baseYears), "Each Party must appear once.");
        Preconditions.CheckArgument(all.All(b => ReferenceEquals(b.Period, totals.Period)), nameof(baseYears), "Every base year must be for the period of the totals (" + totals.Period + "), so that the GWP set and basket match (Art. 5.3).");
        Preconditions.CheckArgument(
            !all.Any(b => b.Party.IsRegionalEconomicIntegrationOrganization && JointFulfilment.TryFind(b.Party, totals.Period, out JointFulfilment? agreement) && all.Any(m => agreement.IsMember(m.Party))),
            nameof(baseYears),
            "A regional economic integration organization's emissions include its member States' (Art. 4, 25.4): listing both would count them twice.");
        Preconditions.CheckArgument(totals.Lulucf == LulucfInclusion.Excluded, nameof(totals), "Art. 3.1 counts Annex A emissions; aggregate without LULUCF.");
        ExactCo2e baseSum = ExactCo2e.Zero;
        ExactCo2e emissions = ExactCo2e.Zero;
        foreach (BaseYearEmissions baseYear in all)
        {
            baseSum += baseYear.Total;
            for (int year = firstYear; year <= lastYear; year++)
            {
                emissions += ExactCo2e.From(totals.Get(baseYear.Party, year));
            }
        }

        return new CollectiveProgress(Array.AsReadOnly(all.Select(b => b.Party).ToArray()), totals.Period, firstYear, lastYear, baseSum, emissions);
    }
}
