using System;
using System.Collections.Immutable;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// Collects LULUCF activity data for one GWP set, then builds an immutable <see cref="LulucfActivityData"/>. Each
/// method checks its input and throws before changing anything; a second record for the same Party, activity and year
/// is refused.
/// </summary>
/// <remarks>This type is not thread-safe.</remarks>
public sealed class LulucfActivityDataBuilder
{
    /// <summary>The earliest year accepted (base years of economies in transition start in 1985).</summary>
    public const int MinYear = 1985;

    /// <summary>The latest year accepted (the end of the second period).</summary>
    public const int MaxYear = 2020;

    private readonly ImmutableSortedDictionary<(int Party, LulucfActivity Activity, int Year), LulucfActivityRecord>.Builder _records =
        ImmutableSortedDictionary.CreateBuilder<(int Party, LulucfActivity Activity, int Year), LulucfActivityRecord>();

    /// <summary>Initializes a new instance of the <see cref="LulucfActivityDataBuilder"/> class.</summary>
    /// <param name="gwpSet">The GWP set of the data (the accounted period's).</param>
    /// <exception cref="ArgumentNullException"><paramref name="gwpSet"/> is null.</exception>
    public LulucfActivityDataBuilder(GwpSet gwpSet)
    {
        GwpSet = Preconditions.CheckNotNull(gwpSet, nameof(gwpSet));
    }

    /// <summary>Gets the GWP set of the data.</summary>
    public GwpSet GwpSet { get; }

    /// <summary>Adds net emissions (positive) or net removals (negative) in tonnes CO2e.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="year">The year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="netEmissionsTonnes">Tonnes CO2e, removals negative; at most six decimals.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is out of range or the record exists.</exception>
    public LulucfActivityDataBuilder Add(Party party, LulucfActivity activity, int year, decimal netEmissionsTonnes)
    {
        ExactCo2e value = SinkMath.Tonnes(netEmissionsTonnes, GwpSet, nameof(netEmissionsTonnes));
        return Put(party, activity, year, netEmissionsTonnes, LulucfQuantityUnit.TonnesCo2e, value);
    }

    /// <summary>Adds a carbon-stock gain (a net removal) in tonnes of carbon, converted exactly to −44/12 t CO2 per t C.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="year">The year.</param>
    /// <param name="tonnesCarbon">The stock gain in t C; not negative (a loss is <see cref="AddCarbonEmissions"/>); at most six decimals.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException">The quantity is negative or has more than six decimals, or the record exists.</exception>
    public LulucfActivityDataBuilder AddCarbonRemovals(Party party, LulucfActivity activity, int year, decimal tonnesCarbon)
    {
        CheckCarbonSign(tonnesCarbon, "a carbon-stock gain (removal) is stated as a non-negative number of t C; a stock loss is an emission: use AddCarbonEmissions");
        return Put(party, activity, year, tonnesCarbon, LulucfQuantityUnit.TonnesCarbonRemoved, -CarbonToCo2e.FromTonnesOfCarbon(tonnesCarbon, GwpSet));
    }

    /// <summary>Adds a carbon-stock loss (a net emission) in tonnes of carbon, converted exactly to +44/12 t CO2 per t C.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="year">The year.</param>
    /// <param name="tonnesCarbon">The stock loss in t C; not negative (a gain is <see cref="AddCarbonRemovals"/>); at most six decimals.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException">The quantity is negative or has more than six decimals, or the record exists.</exception>
    public LulucfActivityDataBuilder AddCarbonEmissions(Party party, LulucfActivity activity, int year, decimal tonnesCarbon)
    {
        CheckCarbonSign(tonnesCarbon, "a carbon-stock loss (emission) is stated as a non-negative number of t C; a stock gain is a removal: use AddCarbonRemovals");
        return Put(party, activity, year, tonnesCarbon, LulucfQuantityUnit.TonnesCarbonEmitted, CarbonToCo2e.FromTonnesOfCarbon(tonnesCarbon, GwpSet));
    }

    /// <summary>Builds the immutable store; the builder can be reused.</summary>
    /// <returns>The activity data.</returns>
    public LulucfActivityData Build() => new(GwpSet, _records.ToImmutable());

    internal static string? CheckKey(int year) =>
        year < MinYear || year > MaxYear
            ? "The year " + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is outside [" + MinYear.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", " + MaxYear.ToString(System.Globalization.CultureInfo.InvariantCulture) + "] (base years from 1985, the second period ends in 2020)."
            : null;

    internal bool Contains(Party party, LulucfActivity activity, int year) => _records.ContainsKey((party.Index, activity, year));

    internal LulucfActivityDataBuilder Put(Party party, LulucfActivity activity, int year, decimal quantity, LulucfQuantityUnit unit, ExactCo2e value)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckArgumentRange(nameof(activity), (long)activity, 1, 7, "LULUCF activity codes 1–7");
        string? yearError = CheckKey(year);
        Preconditions.CheckArgument(yearError is null, nameof(year), yearError ?? string.Empty);
        Preconditions.CheckArgument(
            !(activity == LulucfActivity.WetlandDrainageAndRewetting && year >= 2008 && year <= 2012),
            nameof(activity),
            "Wetland drainage and rewetting is accounted only in the second period (decision 2/CMP.7 annex); a first-period year cannot carry it.");
        Preconditions.CheckArgument(
            !Contains(party, activity, year),
            nameof(year),
            "There is already a record for " + party.Code + " " + activity + " " + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "; one record per Party, activity and year.");
        _records.Add((party.Index, activity, year), new LulucfActivityRecord(party, activity, year, quantity, unit, value));
        return this;
    }

    private static void CheckCarbonSign(decimal tonnesCarbon, string rule) =>
        Preconditions.CheckArgument(tonnesCarbon >= 0, nameof(tonnesCarbon), "The carbon quantity " + tonnesCarbon.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is negative: " + rule + ".");
}
