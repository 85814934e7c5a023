using System;
using System.Collections.Immutable;
using System.Globalization;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// The Party-reported parameters of a period's sink accounting beyond its activity data: the first-period forest
/// management cap, Art. 6 forest management projects and harvesting-debit inputs; the second-period forest management
/// reference level, harvested wood products and natural-disturbance exclusions. Each is an explicit input with its own
/// line in the result; nothing is defaulted.
/// </summary>
/// <remarks>
/// <para>Every <c>With…</c> method validates its input for the period and returns a new value. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SinkParameters
{
    private SinkParameters(
        Party party,
        CommitmentPeriod period,
        ForestManagementCap? cap,
        ForestManagementReferenceLevel? referenceLevel,
        ImmutableSortedDictionary<int, decimal> article6,
        ImmutableSortedDictionary<int, HarvestingDebitLimitInput> harvesting,
        ImmutableSortedDictionary<(LulucfActivity Activity, int Year), decimal> hwp,
        ImmutableSortedDictionary<(LulucfActivity Activity, int Year), NaturalDisturbanceExclusion> disturbances)
    {
        Party = party;
        Period = period;
        ForestManagementCap = cap;
        ReferenceLevel = referenceLevel;
        Article6ForestManagementProjects = article6;
        HarvestingDebitLimit = harvesting;
        HarvestedWoodProducts = hwp;
        NaturalDisturbances = disturbances;
    }

    /// <summary>Gets the Party.</summary>
    public Party Party { get; }

    /// <summary>Gets the commitment period.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets the first-period FM cap (decision 16/CMP.1 annex ¶11), or null.</summary>
    public ForestManagementCap? ForestManagementCap { get; }

    /// <summary>Gets the second-period FM reference level (decision 2/CMP.7 annex), or null.</summary>
    public ForestManagementReferenceLevel? ReferenceLevel { get; }

    /// <summary>Gets the first-period ERUs from forest management projects under Art. 6, t CO2e by year (decision 16/CMP.1 annex ¶11–12).</summary>
    public ImmutableSortedDictionary<int, decimal> Article6ForestManagementProjects { get; }

    /// <summary>Gets the first-period harvesting-debit inputs by year (decision 16/CMP.1 annex ¶4).</summary>
    public ImmutableSortedDictionary<int, HarvestingDebitLimitInput> HarvestingDebitLimit { get; }

    /// <summary>Gets the second-period harvested wood products net emissions (removals negative), t CO2e by activity and year.</summary>
    public ImmutableSortedDictionary<(LulucfActivity Activity, int Year), decimal> HarvestedWoodProducts { get; }

    /// <summary>Gets the second-period natural-disturbance exclusions by activity and year.</summary>
    public ImmutableSortedDictionary<(LulucfActivity Activity, int Year), NaturalDisturbanceExclusion> NaturalDisturbances { get; }

    /// <summary>Creates parameters with nothing stated.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SinkParameters For(Party party, CommitmentPeriod period) => new(
        Preconditions.CheckNotNull(party, nameof(party)),
        Preconditions.CheckNotNull(period, nameof(period)),
        null,
        null,
        ImmutableSortedDictionary<int, decimal>.Empty,
        ImmutableSortedDictionary<int, HarvestingDebitLimitInput>.Empty,
        ImmutableSortedDictionary<(LulucfActivity, int), decimal>.Empty,
        ImmutableSortedDictionary<(LulucfActivity, int), NaturalDisturbanceExclusion>.Empty);

    /// <summary>Returns parameters with the first-period FM cap.</summary>
    /// <param name="cap">The cap (<see cref="Sinks.ForestManagementCap.ForParty"/> or <see cref="Sinks.ForestManagementCap.Stated"/>).</param>
    /// <returns>The new parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cap"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is not the first, or the cap is another Party's.</exception>
    public SinkParameters WithForestManagementCap(ForestManagementCap cap)
    {
        Preconditions.CheckNotNull(cap, nameof(cap));
        RequirePeriod(CommitmentPeriod.First, nameof(cap), "The forest management cap of the appendix to decision 16/CMP.1 applies to the first period only; the second period caps FM credits at 3.5 % of base-year emissions (decision 2/CMP.7 annex ¶13).");
        Preconditions.CheckArgument(cap.Party == Party, nameof(cap), "The cap is " + cap.Party.Code + "'s, not " + Party.Code + "'s.");
        return new(Party, Period, cap, ReferenceLevel, Article6ForestManagementProjects, HarvestingDebitLimit, HarvestedWoodProducts, NaturalDisturbances);
    }

    /// <summary>Returns parameters with the second-period FM reference level.</summary>
    /// <param name="referenceLevel">The reference level with its technical correction.</param>
    /// <returns>The new parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="referenceLevel"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is not the second, or the level is another Party's.</exception>
    public SinkParameters WithReferenceLevel(ForestManagementReferenceLevel referenceLevel)
    {
        Preconditions.CheckNotNull(referenceLevel, nameof(referenceLevel));
        RequirePeriod(CommitmentPeriod.Second, nameof(referenceLevel), "Forest management reference levels are second-period accounting (decision 2/CMP.7 annex); the first period accounts FM gross-net with a cap.");
        Preconditions.CheckArgument(referenceLevel.Party == Party, nameof(referenceLevel), "The reference level is " + referenceLevel.Party.Code + "'s, not " + Party.Code + "'s.");
        return new(Party, Period, ForestManagementCap, referenceLevel, Article6ForestManagementProjects, HarvestingDebitLimit, HarvestedWoodProducts, NaturalDisturbances);
    }

    /// <summary>Returns parameters with the ERUs issued in a year for forest management projects under Art. 6, which count within the FM cap (decision 16/CMP.1 annex ¶11–12).</summary>
    /// <param name="year">A first-period year.</param>
    /// <param name="tonnes">t CO2e, not negative, at most six decimals.</param>
    /// <returns>The new parameters.</returns>
    /// <exception cref="ArgumentException">The period is not the first, the year is not in it, or the quantity is negative.</exception>
    public SinkParameters WithArticle6ForestManagementProjects(int year, decimal tonnes)
    {
        RequirePeriod(CommitmentPeriod.First, nameof(year), "Art. 6 forest management projects within the appendix cap are a first-period rule (decision 16/CMP.1 annex ¶12).");
        RequireYear(year);
        RequireNonNegative(tonnes, nameof(tonnes));
        return new(Party, Period, ForestManagementCap, ReferenceLevel, Article6ForestManagementProjects.SetItem(year, tonnes), HarvestingDebitLimit, HarvestedWoodProducts, NaturalDisturbances);
    }

    /// <summary>Returns parameters with a year's harvesting-debit inputs for land afforested or reforested since 1990 (decision 16/CMP.1 annex ¶4).</summary>
    /// <param name="year">A first-period year.</param>
    /// <param name="input">The harvesting debits and the credits on that land.</param>
    /// <returns>The new parameters.</returns>
    /// <exception cref="ArgumentException">The period is not the first, the year is not in it, or a quantity is negative.</exception>
    public SinkParameters WithHarvestingDebitLimit(int year, HarvestingDebitLimitInput input)
    {
        RequirePeriod(CommitmentPeriod.First, nameof(year), "The harvesting-debit limit of decision 16/CMP.1 annex ¶4 is a first-period rule.");
        RequireYear(year);
        RequireNonNegative(input.HarvestingDebitsTonnes, nameof(input));
        RequireNonNegative(input.CreditsOnThatLandTonnes, nameof(input));
        return new(Party, Period, ForestManagementCap, ReferenceLevel, Article6ForestManagementProjects, HarvestingDebitLimit.SetItem(year, input), HarvestedWoodProducts, NaturalDisturbances);
    }

    /// <summary>Returns parameters with a year's harvested wood products net emissions for an activity (second period; AR or FM).</summary>
    /// <param name="activity">Afforestation/reforestation or forest management.</param>
    /// <param name="year">A second-period year.</param>
    /// <param name="netEmissionsTonnes">t CO2e, removals (a growing HWP pool) negative, at most six decimals.</param>
    /// <returns>The new parameters.</returns>
    /// <exception cref="ArgumentException">The period is not the second, the year is not in it, or the activity is not AR or FM.</exception>
    public SinkParameters WithHarvestedWoodProducts(LulucfActivity activity, int year, decimal netEmissionsTonnes)
    {
        RequirePeriod(CommitmentPeriod.Second, nameof(year), "Harvested wood products are accounted from the second period (decision 2/CMP.7 annex); in the first period they are assumed oxidised at harvest.");
        RequireYear(year);
        RequireForestActivity(activity);
        _ = SinkMath.ToWholeUnits(netEmissionsTonnes, 1_000_000m, nameof(netEmissionsTonnes), "a CO2e quantity is read to the gram");
        return new(Party, Period, ForestManagementCap, ReferenceLevel, Article6ForestManagementProjects, HarvestingDebitLimit, HarvestedWoodProducts.SetItem((activity, year), netEmissionsTonnes), NaturalDisturbances);
    }

    /// <summary>Returns parameters with a year's natural-disturbance exclusion for an activity (second period; AR or FM).</summary>
    /// <param name="activity">Afforestation/reforestation or forest management.</param>
    /// <param name="year">A second-period year.</param>
    /// <param name="exclusion">The excluded emissions and subsequent removals.</param>
    /// <returns>The new parameters.</returns>
    /// <exception cref="ArgumentException">The period is not the second, the year is not in it, the activity is not AR or FM, or a quantity is negative.</exception>
    public SinkParameters WithNaturalDisturbanceExclusion(LulucfActivity activity, int year, NaturalDisturbanceExclusion exclusion)
    {
        RequirePeriod(CommitmentPeriod.Second, nameof(year), "The natural-disturbance provision is a second-period rule (decision 2/CMP.7 annex).");
        RequireYear(year);
        RequireForestActivity(activity);
        RequireNonNegative(exclusion.ExcludedEmissionsTonnes, nameof(exclusion));
        RequireNonNegative(exclusion.ExcludedRemovalsTonnes, nameof(exclusion));
        return new(Party, Period, ForestManagementCap, ReferenceLevel, Article6ForestManagementProjects, HarvestingDebitLimit, HarvestedWoodProducts, NaturalDisturbances.SetItem((activity, year), exclusion));
    }

    private static void RequireNonNegative(decimal tonnes, string paramName)
    {
        Preconditions.CheckArgument(tonnes >= 0, paramName, "The quantity " + tonnes.ToString(CultureInfo.InvariantCulture) + " t CO2e is negative; this input is a non-negative quantity.");
        _ = SinkMath.ToWholeUnits(tonnes, 1_000_000m, paramName, "a CO2e quantity is read to the gram");
    }

    private static void RequireForestActivity(LulucfActivity activity) =>
        Preconditions.CheckArgument(
            activity is LulucfActivity.AfforestationAndReforestation or LulucfActivity.ForestManagement,
            nameof(activity),
            "Harvested wood products and natural disturbances adjust afforestation/reforestation or forest management (decision 2/CMP.7 annex), not " + activity + ".");

    private void RequirePeriod(CommitmentPeriod period, string paramName, string rule) =>
        Preconditions.CheckArgument(Period == period, paramName, rule + " These parameters are for the " + (Period == CommitmentPeriod.First ? "first" : "second") + " period.");

    private void RequireYear(int year) =>
        Preconditions.CheckArgument(Period.Contains(year), nameof(year), "The year " + year.ToString(CultureInfo.InvariantCulture) + " is not in " + Period + ".");
}
