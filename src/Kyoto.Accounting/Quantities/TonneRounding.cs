using System;
using System.Globalization;

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
    /// The fraction is exact (128-bit integers); only the final step rounds, as <paramref name="mode"/> says.
    /// </summary>
    internal static long ToWholeTonnes(Int128 numerator, Int128 denominator, TonneRounding mode)
    {
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "The denominator must be positive.");
        }

        Int128 unit = denominator * Grams.PerTonne;
        Int128 quotient = Int128.DivRem(numerator, unit).Quotient;
        Int128 remainder = numerator - (quotient * unit);
        if (remainder != 0)
        {
            bool negative = remainder < 0;
            Int128 twice = Int128.Abs(remainder) * 2;
            switch (mode)
            {
                case TonneRounding.Up:
                    if (!negative)
                    {
                        quotient++;
                    }

                    break;
                case TonneRounding.Down:
                    if (negative)
                    {
                        quotient--;
                    }

                    break;
                case TonneRounding.TowardZero:
                    break;
                case TonneRounding.NearestHalfAwayFromZero:
                    if (twice >= unit)
                    {
                        quotient += negative ? -1 : 1;
                    }

                    break;
                case TonneRounding.NearestHalfToEven:
                    if (twice > unit || (twice == unit && !Int128.IsEvenInteger(quotient)))
                    {
                        quotient += negative ? -1 : 1;
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(mode), mode, string.Format(CultureInfo.InvariantCulture, "Unknown rounding mode {0}.", mode));
            }
        }

        return checked((long)quotient);
    }
}
