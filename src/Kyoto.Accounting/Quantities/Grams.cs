using System;
using System.Globalization;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Quantities;

/// <summary>
/// The fixed-point representation shared by <see cref="GasMass"/> and the CO2-equivalent type:
/// a whole number of grams in a <see cref="long"/>. Conversions from <see cref="decimal"/> are exact
/// or they throw; nothing here rounds silently.
/// </summary>
internal static class Grams
{
    internal const long PerKilogram = 1_000;
    internal const long PerTonne = 1_000_000;

    /// <summary>The largest magnitude in tonnes that fits (long.MaxValue grams ≈ 9.22 × 10^12 t).</summary>
    internal const decimal MaxTonnes = long.MaxValue / (decimal)PerTonne;

    internal static long FromTonnes(decimal tonnes, string paramName) => FromDecimal(tonnes, PerTonne, paramName, "tonnes", 6);

    internal static long FromKilograms(decimal kilograms, string paramName) => FromDecimal(kilograms, PerKilogram, paramName, "kilograms", 3);

    private static long FromDecimal(decimal value, long scale, string paramName, string unit, int maxDecimals)
    {
        decimal limit = long.MaxValue / (decimal)scale;
        if (value > limit || value < -limit)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Format(CultureInfo.InvariantCulture, "Value should be in range [{0}, {1}] {2}; larger quantities overflow the 1 g fixed-point representation.", -limit, limit, unit));
        }

        decimal grams = value * scale;
        if (decimal.Truncate(grams) != grams)
        {
            Preconditions.ThrowArgument(
                paramName,
                string.Format(CultureInfo.InvariantCulture, "{0} {1} has more than {2} decimal places: the resolution is 1 g and no rule allows rounding here. Round the value explicitly before converting.", value, unit, maxDecimals));
        }

        return decimal.ToInt64(grams);
    }

    internal static decimal ToTonnes(long grams) => grams / (decimal)PerTonne;

    internal static decimal ToKilograms(long grams) => grams / (decimal)PerKilogram;

    /// <summary>Formats grams as tonnes with up to six decimals, culture-invariant ("1234.5").</summary>
    internal static string FormatTonnes(long grams) => ToTonnes(grams).ToString("0.######", CultureInfo.InvariantCulture);
}
