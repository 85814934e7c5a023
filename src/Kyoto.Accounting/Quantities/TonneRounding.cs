using System;
using System.Globalization;
using System.Numerics;

namespace Kyoto.Accounting.Quantities;

/// <summary>
/// The one named rounding step of the library: a quantity in grams (or a rational number of grams)
/// becomes a whole number of tonnes. Every rule that rounds calls this with the mode the rule states.
/// </summary>
/// <remarks>
/// Used by whole-tonne assigned amounts (Decision 13/CMP.1 annex ¶2), nearest-tonne reserves
/// (Decision 11/CMP.1 annex ¶6) and the share of proceeds rounded up (Decision 3/CMP.11).
/// This type is immutable and thread-safe.
/// </remarks>
public enum TonneRounding
{
    /// <summary>Round to the nearest whole tonne; exactly half a tonne rounds away from zero.</summary>
    NearestHalfAwayFromZero = 0,

    /// <summary>Round to the nearest whole tonne; exactly half a tonne rounds to the even tonne.</summary>
    NearestHalfToEven = 1,

    /// <summary>Round towards positive infinity (e.g. a share of proceeds "rounded up").</summary>
    Up = 2,

    /// <summary>Round towards negative infinity.</summary>
    Down = 3,

    /// <summary>Drop the fraction (round towards zero).</summary>
    TowardZero = 4,
}

/// <summary>Implementation of <see cref="TonneRounding"/> over exact integer arithmetic.</summary>
internal static class Rounding
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming <paramref name="paramName"/> unless <paramref name="mode"/> is defined.</summary>
    internal static void CheckDefined(TonneRounding mode, string paramName) =>
        Internal.Preconditions.CheckArgumentRange(paramName, (long)mode, (long)TonneRounding.NearestHalfAwayFromZero, (long)TonneRounding.TowardZero, "a defined TonneRounding mode");

    /// <summary>
    /// Rounds <paramref name="numerator"/>/<paramref name="denominator"/> grams to whole tonnes.
    /// The fraction is exact (128-bit integers, widened to arbitrary precision when the denominator times one
    /// million would not fit); only the final step rounds, as <paramref name="mode"/> says. The mode is checked
    /// first, so an undefined mode is refused even when nothing needs rounding.
    /// </summary>
    internal static long ToWholeTonnes(Int128 numerator, Int128 denominator, TonneRounding mode, string modeParamName = "rounding")
    {
        CheckDefined(mode, modeParamName);
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "The denominator must be positive.");
        }

        return denominator <= Int128.MaxValue / Grams.PerTonne
            ? ToWholeTonnes<Int128>(numerator, denominator, mode)
            : ToWholeTonnes<BigInteger>(numerator, denominator, mode);
    }

    private static long ToWholeTonnes<T>(T numerator, T denominator, TonneRounding mode)
        where T : IBinaryInteger<T>
    {
        T unit = denominator * T.CreateChecked(Grams.PerTonne);
        (T quotient, T remainder) = T.DivRem(numerator, unit);
        if (!T.IsZero(remainder))
        {
            bool negative = T.IsNegative(remainder);
            T twice = T.Abs(remainder) * T.CreateChecked(2);
            T step = negative ? -T.One : T.One;
            bool away = mode switch
            {
                TonneRounding.Up => !negative,
                TonneRounding.Down => negative,
                TonneRounding.TowardZero => false,
                TonneRounding.NearestHalfAwayFromZero => twice >= unit,
                TonneRounding.NearestHalfToEven => twice > unit || (twice == unit && !T.IsEvenInteger(quotient)),
                _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, string.Format(CultureInfo.InvariantCulture, "Unknown rounding mode {0}.", mode)),
            };
            if (away)
            {
                quotient += step;
            }
        }

        return long.CreateChecked(quotient);
    }
}
