using System;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;

namespace Kyoto.Accounting.Accounting;

/// <summary>
/// The choices behind a Party's base-year emissions that are the Party's to make: its base year or period, the base
/// year of HFCs, PFCs and SF6 (Art. 3.8) and, in the second period, of NF3 (Art. 3.8 bis).
/// </summary>
/// <remarks>
/// <para>
/// Nothing is defaulted silently: a choice left unset is taken from the reference data (<see cref="Party.BaseYear"/>,
/// and for the first period <see cref="Party.FluorinatedGasBaseYear"/>), and where the reference data does not record it
/// (the Art. 3.8 choice of most non-EU Parties and of every Party in the second period, every Art. 3.8 bis choice, and
/// whether LULUCF was a net source in 1990 when the inventory has no 1990 LULUCF records)
/// <see cref="BaseYearEmissions.Calculate"/> throws until it is stated.
/// </para>
/// <para>This type is immutable and thread-safe; the <c>With…</c> methods return new instances.</para>
/// </remarks>
public sealed class BaseYearOptions
{
    private BaseYearOptions(BaseYear? baseYear, GasBaseYearChoice? fluorinatedGases, GasBaseYearChoice? nitrogenTrifluoride, bool declaredNotANetSource)
    {
        BaseYear = baseYear;
        FluorinatedGases = fluorinatedGases;
        NitrogenTrifluoride = nitrogenTrifluoride;
        LandUseNotANetSourceIn1990 = declaredNotANetSource;
    }

    /// <summary>Gets options that take every choice from the reference data.</summary>
    public static BaseYearOptions FromReferenceData { get; } = new(null, null, null, false);

    /// <summary>
    /// Gets whether the caller declared that land-use change and forestry was not a net source for the Party in 1990,
    /// so that nothing is added under Art. 3.7, second sentence, even though the inventory holds no 1990 LULUCF records.
    /// </summary>
    public bool LandUseNotANetSourceIn1990 { get; }

    /// <summary>Gets the base year or period stated, or null to use <see cref="Party.BaseYear"/> (Art. 3.7, 3.5).</summary>
    public BaseYear? BaseYear { get; }

    /// <summary>Gets the Art. 3.8 choice for HFCs, PFCs and SF6, or null to use <see cref="Party.FluorinatedGasBaseYear"/>.</summary>
    public GasBaseYearChoice? FluorinatedGases { get; }

    /// <summary>Gets the Art. 3.8 bis choice for NF3 (second period), or null if not stated.</summary>
    public GasBaseYearChoice? NitrogenTrifluoride { get; }

    /// <summary>Returns options that use another base year or period (e.g. an EIT base year decided by the COP, Art. 3.5).</summary>
    /// <param name="baseYear">The base year or period.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentException"><paramref name="baseYear"/> is <c>default</c>.</exception>
    public BaseYearOptions WithBaseYear(BaseYear baseYear)
    {
        Preconditions.CheckArgument(baseYear.FirstYear != 0, nameof(baseYear), "default(BaseYear) is not a base year; use BaseYear.Of or BaseYear.Average.");
        return new BaseYearOptions(baseYear, FluorinatedGases, NitrogenTrifluoride, LandUseNotANetSourceIn1990);
    }

    /// <summary>Returns options with the Art. 3.8 choice for HFCs, PFCs and SF6.</summary>
    /// <param name="choice">The Party's base year or 1995.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="choice"/> is not the Party's base year or 1995 (Art. 3.8).</exception>
    public BaseYearOptions WithFluorinatedGasBaseYear(GasBaseYearChoice choice)
    {
        Preconditions.CheckArgumentRange(nameof(choice), (long)choice, (long)GasBaseYearChoice.PartyBaseYear, (long)GasBaseYearChoice.Year1995, "Art. 3.8 allows the Party's base year or 1995 for HFCs, PFCs and SF6");
        return new BaseYearOptions(BaseYear, choice, NitrogenTrifluoride, LandUseNotANetSourceIn1990);
    }

    /// <summary>Returns options with the Art. 3.8 bis choice for NF3 (second period).</summary>
    /// <param name="choice">The Party's base year, 1995 or 2000.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="choice"/> is not a defined value.</exception>
    public BaseYearOptions WithNitrogenTrifluorideBaseYear(GasBaseYearChoice choice)
    {
        Preconditions.CheckArgumentRange(nameof(choice), (long)choice, (long)GasBaseYearChoice.PartyBaseYear, (long)GasBaseYearChoice.Year2000, "Art. 3.8 bis allows the Party's base year, 1995 or 2000 for NF3");
        return new BaseYearOptions(BaseYear, FluorinatedGases, choice, LandUseNotANetSourceIn1990);
    }

    /// <summary>
    /// Returns options declaring that land-use change and forestry was not a net source of emissions for the Party in
    /// 1990 (Art. 3.7, second sentence), for an inventory without 1990 LULUCF records. Without 1990 LULUCF records and
    /// without this declaration, <see cref="BaseYearEmissions.Calculate"/> throws: whether to add land-use change is
    /// never decided by a missing record. If the inventory does hold 1990 LULUCF records, they decide, and a declaration
    /// that contradicts them is an error.
    /// </summary>
    /// <returns>The new options.</returns>
    public BaseYearOptions WithLandUseNotANetSourceIn1990() => new(BaseYear, FluorinatedGases, NitrogenTrifluoride, true);

    /// <summary>Describes the options, e.g. <c>"base year: reference data; HFC/PFC/SF6: Year1995; NF3: not stated"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        "base year: " + (BaseYear?.ToString() ?? "reference data")
        + "; HFC/PFC/SF6: " + (FluorinatedGases?.ToString() ?? "reference data")
        + "; NF3: " + (NitrogenTrifluoride?.ToString() ?? "not stated")
        + (LandUseNotANetSourceIn1990 ? "; LULUCF not a net source in 1990 (declared)" : string.Empty);
}
