using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;

namespace Kyoto.Accounting.Accounting;

/// <summary>
/// The choices and stated figures behind a Party's base-year emissions: its base year or period, the base year of HFCs,
/// PFCs and SF6 (Art. 3.8), in the second period of NF3 (Art. 3.8 bis), and the land-use figures of the second sentence
/// of Art. 3.7 / 3.7 bis (<see cref="WithLandUse"/>, or <see cref="WithLandUseNotANetSource"/>).
/// </summary>
/// <remarks>
/// <para>
/// Nothing is defaulted silently: a choice left unset is taken from the reference data (<see cref="Party.BaseYear"/>,
/// and for the first period <see cref="Party.FluorinatedGasBaseYear"/>), and where the reference data does not record it
/// (the Art. 3.8 choice of most non-EU Parties and of every Party in the second period, every Art. 3.8 bis choice, and
/// the land-use figures or the declaration that land-use change and forestry was not a net source)
/// <see cref="BaseYearEmissions.Calculate"/> throws until it is stated.
/// </para>
/// <para>This type is immutable and thread-safe; the <c>With…</c> methods return new instances.</para>
/// </remarks>
public sealed class BaseYearOptions
{
    private readonly ImmutableArray<BaseYearLandUse> _landUse;

    private BaseYearOptions(BaseYear? baseYear, GasBaseYearChoice? fluorinatedGases, GasBaseYearChoice? nitrogenTrifluoride, bool declaredNotANetSource, ImmutableArray<BaseYearLandUse> landUse)
    {
        BaseYear = baseYear;
        FluorinatedGases = fluorinatedGases;
        NitrogenTrifluoride = nitrogenTrifluoride;
        LandUseNotANetSource = declaredNotANetSource;
        _landUse = landUse;
    }

    /// <summary>Gets options that take every choice from the reference data, with no land-use figures stated yet.</summary>
    public static BaseYearOptions FromReferenceData { get; } = new(null, null, null, false, ImmutableArray<BaseYearLandUse>.Empty);

    /// <summary>
    /// Gets whether the caller declared that land-use change and forestry (the Convention inventory's CRF category 4)
    /// was not a net source for the Party in the years the second sentence of Art. 3.7 / 3.7 bis looks at, so that
    /// nothing is added (<see cref="WithLandUseNotANetSource"/>).
    /// </summary>
    public bool LandUseNotANetSource { get; }

    /// <summary>Gets the land-use figures stated per year (<see cref="WithLandUse"/>), in year order; empty if none.</summary>
    public IReadOnlyList<BaseYearLandUse> LandUse => _landUse;

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
        return new BaseYearOptions(baseYear, FluorinatedGases, NitrogenTrifluoride, LandUseNotANetSource, _landUse);
    }

    /// <summary>Returns options with the Art. 3.8 choice for HFCs, PFCs and SF6.</summary>
    /// <param name="choice">The Party's base year or 1995.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="choice"/> is not the Party's base year or 1995 (Art. 3.8).</exception>
    public BaseYearOptions WithFluorinatedGasBaseYear(GasBaseYearChoice choice)
    {
        Preconditions.CheckArgumentRange(nameof(choice), (long)choice, (long)GasBaseYearChoice.PartyBaseYear, (long)GasBaseYearChoice.Year1995, "Art. 3.8 allows the Party's base year or 1995 for HFCs, PFCs and SF6");
        return new BaseYearOptions(BaseYear, choice, NitrogenTrifluoride, LandUseNotANetSource, _landUse);
    }

    /// <summary>Returns options with the Art. 3.8 bis choice for NF3 (second period).</summary>
    /// <param name="choice">The Party's base year, 1995 or 2000.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="choice"/> is not a defined value.</exception>
    public BaseYearOptions WithNitrogenTrifluorideBaseYear(GasBaseYearChoice choice)
    {
        Preconditions.CheckArgumentRange(nameof(choice), (long)choice, (long)GasBaseYearChoice.PartyBaseYear, (long)GasBaseYearChoice.Year2000, "Art. 3.8 bis allows the Party's base year, 1995 or 2000 for NF3");
        return new BaseYearOptions(BaseYear, FluorinatedGases, choice, LandUseNotANetSource, _landUse);
    }

    /// <summary>
    /// Returns options declaring that land-use change and forestry — all emissions and removals of the Convention
    /// inventory's CRF category 4 — was not a net source for the Party in the years the second sentence of Art. 3.7
    /// (first period: 1990) or Art. 3.7 bis (second period: the base year or period, decision 13/CMP.1 annex ¶5(b) as
    /// revised by decision 3/CMP.11 annex I ¶2) looks at, so that nothing is added. Use <see cref="WithLandUse"/> instead
    /// to state the figures and let the library apply the test.
    /// </summary>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentException">Land-use figures were already stated: state either the figures or the declaration.</exception>
    public BaseYearOptions WithLandUseNotANetSource()
    {
        Preconditions.CheckArgument(_landUse.IsEmpty, "options", "Land-use figures are already stated (WithLandUse); a declaration that land use was not a net source would compete with them (Art. 3.7, second sentence).");
        return new(BaseYear, FluorinatedGases, NitrogenTrifluoride, true, _landUse);
    }

    /// <summary>
    /// Returns options stating one year's land-use figures from the Party's Convention inventory (second sentence of
    /// Art. 3.7 / 3.7 bis; decision 13/CMP.1 annex ¶5(b)): the net total of the land-use change and forestry sector (CRF
    /// category 4) and the net emissions from deforestation. State the years the rule looks at: 1990 for the first
    /// period; the base year, or every year of the base period, for the second (e.g. 1985, 1986 and 1987 for Hungary).
    /// </summary>
    /// <param name="year">The inventory year, from 1970 to 2020.</param>
    /// <param name="conventionLulucfNet">The CRF category 4 total: emissions minus removals (positive for a net source), under the period's GWP set.</param>
    /// <param name="deforestationNet">Emissions minus removals reported for the conversion of forests (deforestation), under the period's GWP set.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    /// <exception cref="ArgumentException">The year is already stated, or <see cref="WithLandUseNotANetSource"/> was declared.</exception>
    /// <exception cref="GwpSetMismatchException">The two figures are under different GWP sets.</exception>
    /// <example>
    /// <code>
    /// // 1990: the Convention LULUCF sector was a net source of 7 Mt; deforestation emitted 10 Mt. 10 Mt are added.
    /// var options = BaseYearOptions.FromReferenceData
    ///     .WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear)
    ///     .WithLandUse(1990, Co2e.FromTonnes(7_000_000L, GwpSet.Sar), Co2e.FromTonnes(10_000_000L, GwpSet.Sar));
    /// </code>
    /// </example>
    public BaseYearOptions WithLandUse(int year, Co2e conventionLulucfNet, Co2e deforestationNet)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1970, 2020);
        Preconditions.CheckArgument(!LandUseNotANetSource, nameof(year), "The options already declare that land use was not a net source (WithLandUseNotANetSource); state either the figures or the declaration (Art. 3.7, second sentence).");
        Preconditions.CheckArgument(_landUse.All(l => l.Year != year), nameof(year), string.Format(CultureInfo.InvariantCulture, "The land-use figures of {0} are already stated.", year));
        if (conventionLulucfNet.GwpSet is { } a && deforestationNet.GwpSet is { } b && !ReferenceEquals(a, b))
        {
            throw new GwpSetMismatchException(a, b);
        }

        var entry = new BaseYearLandUse(year, conventionLulucfNet, deforestationNet);
        return new(BaseYear, FluorinatedGases, NitrogenTrifluoride, false, _landUse.Add(entry).Sort((x, y) => x.Year.CompareTo(y.Year)));
    }

    /// <summary>Describes the options, e.g. <c>"base year: reference data; HFC/PFC/SF6: Year1995; NF3: not stated"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        "base year: " + (BaseYear?.ToString() ?? "reference data")
        + "; HFC/PFC/SF6: " + (FluorinatedGases?.ToString() ?? "reference data")
        + "; NF3: " + (NitrogenTrifluoride?.ToString() ?? "not stated")
        + (LandUseNotANetSource ? "; LULUCF not a net source (declared)" : string.Empty)
        + (_landUse.IsEmpty ? string.Empty : "; land use stated for " + string.Join(", ", _landUse.Select(l => l.Year.ToString(CultureInfo.InvariantCulture))));
}
