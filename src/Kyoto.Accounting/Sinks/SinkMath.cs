using System;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Sinks;

/// <summary>Exact helpers of the sink accounting (rational grams; no rounding).</summary>
internal static class SinkMath
{
    internal static Int128 ToWholeUnits(decimal value, decimal scale, string paramName, string rule)
    {
        decimal scaled;
        try
        {
            scaled = value * scale;
        }
        catch (OverflowException ex)
        {
            throw new ArgumentOutOfRangeException(paramName + ": the quantity is too large (" + rule + ").", ex);
        }

        Preconditions.CheckArgument(decimal.Truncate(scaled) == scaled, paramName, "The quantity " + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " has too many decimals: " + rule + "; reading never rounds.");
        return (Int128)scaled;
    }

    internal static ExactCo2e Tonnes(decimal tonnes, GwpSet set, string paramName) =>
        ExactCo2e.FromFraction(ToWholeUnits(tonnes, Grams.PerTonne, paramName, "a CO2e quantity is read to the gram (at most six decimals of a tonne)"), 1, set);

    internal static ExactCo2e Megatonnes(decimal megatonnes, GwpSet set, string paramName) =>
        ExactCo2e.FromFraction(ToWholeUnits(megatonnes, Grams.PerTonne * 1_000_000m, paramName, "a CO2e quantity is read to the gram (at most twelve decimals of a megatonne)"), 1, set);

    /// <summary>Returns <paramref name="value"/> × <paramref name="numerator"/> / <paramref name="denominator"/>, exactly.</summary>
    internal static ExactCo2e Scale(ExactCo2e value, long numerator, long denominator)
    {
        GwpSet? set = value.GwpSet;
        return set is null ? ExactCo2e.Zero : ExactCo2e.FromFraction(checked(value.Numerator * numerator), checked(value.Denominator * denominator), set);
    }

    internal static ExactCo2e PositivePart(ExactCo2e value) => value > ExactCo2e.Zero ? value : ExactCo2e.Zero;

    internal static ExactCo2e Min(ExactCo2e left, ExactCo2e right) => left <= right ? left : right;

    internal static bool IsPositive(ExactCo2e value) => value > ExactCo2e.Zero;

    internal static bool IsNegative(ExactCo2e value) => value < ExactCo2e.Zero;
}
