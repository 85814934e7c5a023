using System;
using System.Diagnostics.Contracts;
using Kyoto.Accounting.Internal;
using UnitsNet;
using UnitsNet.Units;

namespace Kyoto.Accounting.Quantities;

// The UnitsNet edge: Mass is double-backed, so both directions are documented as lossy.
public readonly partial struct GasMass
{
    /// <summary>
    /// Converts this exact mass to a UnitsNet <see cref="Mass"/> in grams, for display and interoperability.
    /// </summary>
    /// <remarks>
    /// Lossy: <see cref="Mass"/> stores a binary floating-point number, which represents integers exactly
    /// only up to 2^53 g (about 9 × 10^9 t). Never aggregate or compare <see cref="Mass"/> values; convert
    /// back with <see cref="FromMass"/> and work with <see cref="GasMass"/>.
    /// </remarks>
    /// <returns>The mass as a UnitsNet quantity in grams.</returns>
    [Pure]
    public Mass ToMass() => Mass.FromGrams(_grams);

    /// <summary>
    /// Converts a UnitsNet <see cref="Mass"/> to an exact mass, rounding to whole grams as <paramref name="rounding"/> says.
    /// </summary>
    /// <remarks>
    /// Lossy: the floating-point value is first converted to <see cref="decimal"/> (about 15 significant
    /// digits survive), then rounded to the 1 g resolution. The rounding mode is the caller's to choose.
    /// </remarks>
    /// <param name="mass">The mass to convert.</param>
    /// <param name="rounding">How to round to whole grams.</param>
    /// <returns>The exact mass nearest to <paramref name="mass"/> under <paramref name="rounding"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mass"/> is not finite or outside the representable range.</exception>
    public static GasMass FromMass(Mass mass, MidpointRounding rounding)
    {
        double grams = mass.As(MassUnit.Gram);
        if (!double.IsFinite(grams) || Math.Abs(grams) >= 9.2e18)
        {
            throw new ArgumentOutOfRangeException(nameof(mass), mass, "The mass must be finite and within ±9.2 × 10^12 t.");
        }

        decimal rounded = Math.Round((decimal)grams, 0, rounding);
        Preconditions.CheckArgumentRange(nameof(mass), rounded, -long.MaxValue, long.MaxValue);
        return new GasMass(decimal.ToInt64(rounded));
    }
}
