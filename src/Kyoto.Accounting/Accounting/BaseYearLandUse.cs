using System.Globalization;
using Kyoto.Accounting.Gases;

namespace Kyoto.Accounting.Accounting;

/// <summary>
/// The two land-use figures of one base year that the second sentence of Art. 3.7 (and of Art. 3.7 bis) needs, as the
/// Party states them from its Convention inventory: the total of the land-use change and forestry sector, and the net
/// emissions from the conversion of forests (deforestation).
/// </summary>
/// <remarks>
/// <para>
/// Decision 13/CMP.1 annex ¶5(b), in its second-period wording (decision 3/CMP.11 annex I ¶2): a Party for which
/// land-use change and forestry — "all emissions by sources and removals by sinks under category 4" of the Convention's
/// Annex I inventory reporting guidelines, as in the common reporting format tables — was a net source in the base year
/// or period includes in its base-year emissions the emissions minus removals of that year or period "from land-use
/// change (all emissions by sources minus removals by sinks reported in relation to the conversion of forests
/// (deforestation))". So the net-source test uses <see cref="ConventionLulucfNet"/> (the whole CRF category 4, not the
/// Kyoto Art. 3.3/3.4 activities), and only <see cref="DeforestationNet"/> is added: afforestation and reforestation
/// removals are not subtracted. Both are inputs; this library never infers them from Kyoto activity records.
/// </para>
/// <para>Created with <see cref="BaseYearOptions.WithLandUse"/>. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class BaseYearLandUse
{
    internal BaseYearLandUse(int year, Co2e conventionLulucfNet, Co2e deforestationNet)
    {
        Year = year;
        ConventionLulucfNet = conventionLulucfNet;
        DeforestationNet = deforestationNet;
    }

    /// <summary>Gets the inventory year the figures are for.</summary>
    public int Year { get; }

    /// <summary>
    /// Gets the net total of the Convention inventory's land-use change and forestry sector (CRF category 4: emissions
    /// minus removals, positive for a net source) in <see cref="Year"/>.
    /// </summary>
    public Co2e ConventionLulucfNet { get; }

    /// <summary>Gets the emissions minus removals reported for the conversion of forests (deforestation) in <see cref="Year"/>.</summary>
    public Co2e DeforestationNet { get; }

    /// <summary>Formats the figures, e.g. <c>"1990: LULUCF (CRF 4) 7000000 tCO2e (SAR), deforestation 10000000 tCO2e (SAR)"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: LULUCF (CRF 4) {1}, deforestation {2}", Year, ConventionLulucfNet, DeforestationNet);
}
