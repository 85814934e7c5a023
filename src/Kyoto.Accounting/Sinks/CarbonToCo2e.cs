using System;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// Converts carbon-stock quantities (tonnes of carbon, t C) to CO2 exactly: one tonne of carbon is 44/12 = 11/3 tonnes of
/// CO2 (the ratio of the molar masses of CO2 and C used by the IPCC good practice guidance and by the Mt C values of the
/// appendix to decision 16/CMP.1).
/// </summary>
/// <remarks>
/// <para>
/// A carbon quantity is read to the gram of carbon (at most six decimals of a tonne); multiplied by 11/3 it is in general
/// not a whole number of grams of CO2. The fraction of a gram is <b>kept exactly</b> (<see cref="ExactCo2e"/>, a rational
/// number of grams), through every accounting step; it is rounded only once, when the accounting quantity of an activity
/// becomes whole units (RMUs to issue rounded down, units to cancel rounded up; see <see cref="SinkAccounting"/>).
/// </para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class CarbonToCo2e
{
    /// <summary>The numerator of the CO2/C mass ratio (44/12 = 11/3).</summary>
    public const int RatioNumerator = 11;

    /// <summary>The denominator of the CO2/C mass ratio (44/12 = 11/3).</summary>
    public const int RatioDenominator = 3;

    /// <summary>Converts tonnes of carbon to exact tonnes of CO2 (× 44/12), with the sign kept.</summary>
    /// <param name="tonnesCarbon">Tonnes of carbon, at most six decimals (1 g).</param>
    /// <param name="gwpSet">The GWP set the result is tagged with (CO2 has GWP 1 in every set).</param>
    /// <returns>The exact CO2 quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gwpSet"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tonnesCarbon"/> has more than six decimals.</exception>
    public static ExactCo2e FromTonnesOfCarbon(decimal tonnesCarbon, GwpSet gwpSet)
    {
        Preconditions.CheckNotNull(gwpSet, nameof(gwpSet));
        Int128 grams = SinkMath.ToWholeUnits(tonnesCarbon, 1_000_000m, nameof(tonnesCarbon), "a carbon quantity is read to the gram (at most six decimals of a tonne of carbon)");
        return ExactCo2e.FromFraction(checked(grams * RatioNumerator), RatioDenominator, gwpSet);
    }

    /// <summary>Converts megatonnes of carbon (as the appendix to decision 16/CMP.1 states its caps) to exact tonnes of CO2 (× 44/12).</summary>
    /// <param name="megatonnesCarbon">Megatonnes of carbon, at most twelve decimals (1 g).</param>
    /// <param name="gwpSet">The GWP set the result is tagged with.</param>
    /// <returns>The exact CO2 quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gwpSet"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="megatonnesCarbon"/> has more than twelve decimals.</exception>
    public static ExactCo2e FromMegatonnesOfCarbon(decimal megatonnesCarbon, GwpSet gwpSet)
    {
        Preconditions.CheckNotNull(gwpSet, nameof(gwpSet));
        Int128 grams = SinkMath.ToWholeUnits(megatonnesCarbon, 1_000_000_000_000m, nameof(megatonnesCarbon), "a carbon quantity is read to the gram");
        return ExactCo2e.FromFraction(checked(grams * RatioNumerator), RatioDenominator, gwpSet);
    }
}
