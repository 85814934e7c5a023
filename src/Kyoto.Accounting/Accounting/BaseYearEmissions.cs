using System;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Accounting;

/// <summary>
/// A Party's base-year emissions for a commitment period, computed exactly from an inventory: the aggregate CO2e of
/// the period's Annex A basket in the base year or period, under the period's GWP set.
/// </summary>
/// <remarks>
/// <para>The rules, each an explicit input or reference data (<see cref="BaseYearOptions"/>):</para>
/// <list type="bullet">
/// <item><description>CO2, CH4 and N2O: 1990 (Art. 3.7), or the base year or period of an economy in transition (Art. 3.5;
/// Bulgaria 1988, Hungary the average of 1985–1987, Poland 1988, Romania 1989, Slovenia 1986; decisions 9/CP.2,
/// 11/CP.4 (secondary source)). An averaged period is divided by its number of years exactly (a rational number of grams; no rounding).</description></item>
/// <item><description>HFCs, PFCs and SF6: the Party's base year, or 1995 (Art. 3.8).</description></item>
/// <item><description>NF3, second period only: the Party's base year, 1995 or 2000 (Art. 3.8 bis); it must be stated.</description></item>
/// <item><description>Land-use change (second sentence of Art. 3.7 and of Art. 3.7 bis; decision 13/CMP.1 annex ¶5(b), second-period
/// wording in decision 3/CMP.11 annex I ¶2): if the Convention inventory's land-use change and forestry sector (CRF
/// category 4, all emissions and removals) was a net source, the net emissions from deforestation (conversion of
/// forests) are added — deforestation only: afforestation/reforestation removals are not subtracted. First period: the
/// test and the figure are those of 1990 (Art. 3.7). Second period: those of the base year or period (¶5(b) as revised;
/// for Hungary the average of 1985–1987), although the Doha text of Art. 3.7 bis itself still says 1990 — this library
/// follows the accounting modalities and says so here. Both figures are stated inputs
/// (<see cref="BaseYearOptions.WithLandUse"/>), or the caller declares that the sector was not a net source
/// (<see cref="BaseYearOptions.WithLandUseNotANetSource"/>); they are never inferred from the inventory's Kyoto activity
/// records (<see cref="LulucfActivity"/>), and without either the calculation throws.</description></item>
/// <item><description>Nothing else: in particular Croatia's Kyoto base year carries no addition. Decision 7/CP.12 (a decision
/// under the Convention) let Croatia add 3.5 Mt CO2e to its Convention base year; the review of its Kyoto initial report
/// found that addition not in accordance with Art. 3.7 and 3.8, and its first-period level was recorded without it
/// (148,778,503 t, Commission Implementing Decision 2013/644/EU).</description></item>
/// </list>
/// <para>
/// Every year a rule needs must have records of the Party in the inventory; a missing year is an error, not zero.
/// The value stays exact (<see cref="ExactCo2e"/>); it is rounded only where a rule rounds (the recorded assigned
/// amount, <see cref="AssignedAmount"/>). This type is immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.BaseYearEmissionsJsonConverter))]
public sealed class BaseYearEmissions
{
    internal BaseYearEmissions(
        Party party,
        CommitmentPeriod period,
        BaseYear baseYear,
        GasBaseYearChoice fluorinatedGasBaseYear,
        GasBaseYearChoice? nitrogenTrifluorideBaseYear,
        ExactCo2e mainGases,
        ExactCo2e fluorinatedGases,
        ExactCo2e nitrogenTrifluoride,
        ExactCo2e landUseChange,
        bool landUseWasANetSource)
    {
        Party = party;
        Period = period;
        BaseYear = baseYear;
        FluorinatedGasBaseYear = fluorinatedGasBaseYear;
        NitrogenTrifluorideBaseYear = nitrogenTrifluorideBaseYear;
        MainGases = mainGases;
        FluorinatedGases = fluorinatedGases;
        NitrogenTrifluoride = nitrogenTrifluoride;
        LandUseChange = landUseChange;
        LandUseWasANetSource = landUseWasANetSource;
        ExcludingLandUseChange = mainGases + fluorinatedGases + nitrogenTrifluoride;
        Total = ExcludingLandUseChange + landUseChange;
    }

    /// <summary>Gets the Party.</summary>
    public Party Party { get; }

    /// <summary>Gets the period whose basket and GWP set were used.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets the base year or period used for CO2, CH4 and N2O.</summary>
    public BaseYear BaseYear { get; }

    /// <summary>Gets the base year used for HFCs, PFCs and SF6 (Art. 3.8).</summary>
    public GasBaseYearChoice FluorinatedGasBaseYear { get; }

    /// <summary>Gets the base year used for NF3 (Art. 3.8 bis), or null in the first period.</summary>
    public GasBaseYearChoice? NitrogenTrifluorideBaseYear { get; }

    /// <summary>Gets the CO2, CH4 and N2O emissions of the base year (averaged over a base period).</summary>
    public ExactCo2e MainGases { get; }

    /// <summary>Gets the HFC, PFC and SF6 emissions of their base year.</summary>
    public ExactCo2e FluorinatedGases { get; }

    /// <summary>Gets the NF3 emissions of its base year (zero in the first period).</summary>
    public ExactCo2e NitrogenTrifluoride { get; }

    /// <summary>
    /// Gets the net emissions from deforestation added under the second sentence of Art. 3.7 / 3.7 bis (first period: of
    /// 1990; second period: of the base year, or averaged over the base period), or zero if the Convention LULUCF sector
    /// was not a net source.
    /// </summary>
    public ExactCo2e LandUseChange { get; }

    /// <summary>Gets whether the Convention inventory's LULUCF sector (CRF category 4) was a net source in the years looked at (false if declared not to be).</summary>
    public bool LandUseWasANetSource { get; }

    /// <summary>
    /// Gets the base-year emissions of the Annex A gases and sources only, without the land-use addition:
    /// <see cref="MainGases"/> + <see cref="FluorinatedGases"/> + <see cref="NitrogenTrifluoride"/> (e.g. the "base-year
    /// emissions excluding LULUCF" that limits and caps are computed from).
    /// </summary>
    public ExactCo2e ExcludingLandUseChange { get; }

    /// <summary>Gets the base-year emissions: <see cref="ExcludingLandUseChange"/> + <see cref="LandUseChange"/>, exact.</summary>
    public ExactCo2e Total { get; }

    /// <summary>Computes a Party's base-year emissions for a period from an inventory.</summary>
    /// <param name="inventory">The inventory; it must hold every year the rules need.</param>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period (basket and GWP set, Art. 5.3).</param>
    /// <param name="options">The Party's choices; <see cref="BaseYearOptions.FromReferenceData"/> takes them from the reference data.</param>
    /// <returns>The base-year emissions.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A choice is neither stated nor in the reference data, a choice does not apply to the period, the land-use figures are neither stated nor declared or do not cover exactly the years the rule looks at, or the inventory lacks a year the rules need.</exception>
    /// <exception cref="GwpSetMismatchException">A stated land-use figure is not under the period's GWP set.</exception>
    /// <exception cref="OverflowException">A total is outside the supported range.</exception>
    public static BaseYearEmissions Calculate(EmissionInventory inventory, Party party, CommitmentPeriod period, BaseYearOptions options)
    {
        Preconditions.CheckNotNull(inventory, nameof(inventory));
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));
        Preconditions.CheckNotNull(options, nameof(options));
        BaseYear baseYear = options.BaseYear ?? party.BaseYear;
        // The recorded Art. 3.8 choices are those of the first period; a second-period choice must be stated.
        GasBaseYearChoice fluorinated = options.FluorinatedGases ?? (period.Number == 1 ? party.FluorinatedGasBaseYear : null) switch
        {
            1995 => GasBaseYearChoice.Year1995,
            int year when year == baseYear.FirstYear && baseYear.IsSingleYear => GasBaseYearChoice.PartyBaseYear,
            _ => ThrowMissingChoice(party, "HFCs, PFCs and SF6 (Art. 3.8: the Party's base year or 1995)", "WithFluorinatedGasBaseYear"),
        };
        GasBaseYearChoice? nf3 = null;
        if (period.Covers(GasGroup.NitrogenTrifluoride))
        {
            nf3 = options.NitrogenTrifluoride ?? ThrowMissingChoice(party, "NF3 (Art. 3.8 bis: the Party's base year, 1995 or 2000)", "WithNitrogenTrifluorideBaseYear");
        }
        else
        {
            Preconditions.CheckArgument(options.NitrogenTrifluoride is null, nameof(options), "NF3 is not in the basket of " + period + " (Annex A before the Doha Amendment), so an Art. 3.8 bis choice does not apply.");
        }

        EmissionTotals byGas = inventory.Aggregate(period, LulucfInclusion.Excluded, EmissionBreakdown.Gas);
        ExactCo2e main = Sum(byGas, party, baseYear, g => g.Group is GasGroup.CarbonDioxide or GasGroup.Methane or GasGroup.NitrousOxide);
        ExactCo2e fgases = Sum(byGas, party, Resolve(fluorinated, baseYear), g => g.IsArticle3Point8Gas);
        ExactCo2e nf3Emissions = nf3 is null ? ExactCo2e.Zero : Sum(byGas, party, Resolve(nf3.Value, baseYear), g => g.Group == GasGroup.NitrogenTrifluoride);
        (ExactCo2e landUseChange, bool netSource) = LandUseChangeOf(party, period, baseYear, options);
        return new BaseYearEmissions(party, period, baseYear, fluorinated, nf3, main, fgases, nf3Emissions, landUseChange, netSource);
    }

    /// <summary>Describes the base-year emissions, e.g. <c>"HUN base year (average of 1985–1987, CP1 (2008–2012)): … gCO2e (SAR)"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} base year ({1}, {2}): {3}", Party.Code, BaseYear, Period, Total);

    private static BaseYear Resolve(GasBaseYearChoice choice, BaseYear baseYear) => choice switch
    {
        GasBaseYearChoice.Year1995 => BaseYear.Of(1995),
        GasBaseYearChoice.Year2000 => BaseYear.Of(2000),
        _ => baseYear,
    };

    private static ExactCo2e Sum(EmissionTotals totals, Party party, BaseYear years, Func<Gas, bool> gases)
    {
        Int128 grams = 0;
        for (int year = years.FirstYear; year <= years.LastYear; year++)
        {
            if (!totals.HasData(party, year))
            {
                Preconditions.ThrowArgument(
                    "inventory",
                    string.Format(
                        CultureInfo.InvariantCulture,
                        "The inventory has no records of {0} for {1}, which its base-year emissions need (base year {2}; Art. 3.7, 3.5, 3.8, 3.8 bis). A missing year is not a year of zero emissions.",
                        party.Code,
                        year,
                        years));
            }

            foreach (Gas gas in totals.Period.Gases.Where(gases))
            {
                grams += totals.Get(party, year, gas).Grams;
            }
        }

        return ExactCo2e.FromFraction(grams, years.YearCount, totals.GwpSet);
    }

    private static (ExactCo2e Addition, bool NetSource) LandUseChangeOf(Party party, CommitmentPeriod period, BaseYear baseYear, BaseYearOptions options)
    {
        // First period: "net source ... in 1990 ... in 1990 from land-use change" (Art. 3.7). Second period: "in the base
        // year or period ... in that year or period" (decision 13/CMP.1 annex ¶5(b) as revised by 3/CMP.11 annex I ¶2).
        BaseYear years = period.Number == 1 ? BaseYear.Of(1990) : baseYear;
        string rule = period.Number == 1 ? "Art. 3.7, second sentence" : "Art. 3.7 bis, second sentence; decision 13/CMP.1 annex ¶5(b) as revised by decision 3/CMP.11";
        if (options.LandUseNotANetSource)
        {
            return (ExactCo2e.Zero, false);
        }

        Preconditions.CheckArgument(
            options.LandUse.Count > 0,
            nameof(options),
            string.Format(
                CultureInfo.InvariantCulture,
                "Whether land-use change and forestry (the Convention inventory's CRF category 4) was a net source for {0} in {1} is not stated ({2}). State the category 4 total and the deforestation net with BaseYearOptions.WithLandUse, or declare it was not a net source with WithLandUseNotANetSource(); it is never inferred from Kyoto activity records.",
                party.Code,
                years,
                rule));
        bool exact = options.LandUse.Count == years.YearCount && options.LandUse.All(l => years.Contains(l.Year));
        Preconditions.CheckArgument(
            exact,
            nameof(options),
            string.Format(
                CultureInfo.InvariantCulture,
                "The land-use figures of {0} are stated for {1}, but for {2} the rule looks at {3} ({4}); state exactly those years.",
                party.Code,
                string.Join(", ", options.LandUse.Select(l => l.Year.ToString(CultureInfo.InvariantCulture))),
                period,
                years,
                rule));
        Int128 sector = 0;
        Int128 deforestation = 0;
        foreach (BaseYearLandUse year in options.LandUse)
        {
            CheckGwpSet(year.ConventionLulucfNet, period);
            CheckGwpSet(year.DeforestationNet, period);
            sector += year.ConventionLulucfNet.Grams;
            deforestation += year.DeforestationNet.Grams;
        }

        return sector > 0 ? (ExactCo2e.FromFraction(deforestation, years.YearCount, period.GwpSet), true) : (ExactCo2e.Zero, false);
    }

    private static void CheckGwpSet(Co2e value, CommitmentPeriod period)
    {
        if (value.GwpSet is { } set && !ReferenceEquals(set, period.GwpSet))
        {
            throw new GwpSetMismatchException(period.GwpSet, set);
        }
    }

    private static GasBaseYearChoice ThrowMissingChoice(Party party, string what, string method)
    {
        Preconditions.ThrowArgument(
            "options",
            "The reference data does not record " + party.Name + "'s base-year choice for " + what + "; state it with BaseYearOptions." + method + ". No choice is ever defaulted silently.");
        return default;
    }
}
